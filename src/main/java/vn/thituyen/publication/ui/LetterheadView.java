package vn.thituyen.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.publication.BirthDateShown;
import vn.thituyen.common.Letterhead;
import vn.thituyen.publication.PublicationService;

/** The recruiting authority printed on official lists: data, edited by Home Affairs administrators. */
@Route(value = "settings/letterhead", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LetterheadView extends VerticalLayout implements HasDynamicTitle {

    public LetterheadView(PublicationService publication) {
        Letterhead current = publication.letterhead();
        TextField parent = field("letterhead.parent", "letterhead-parent", current.parentAuthority());
        TextField name = field("letterhead.name", "letterhead-name", current.authority());
        TextField place = field("letterhead.place", "letterhead-place", current.place());
        Button save = new Button(getTranslation("letterhead.save"), e -> {
            try {
                publication.updateLetterhead(new Letterhead(parent.getValue(), name.getValue(), place.getValue()));
                Notices.success("letterhead.saved");
            } catch (FieldErrors ex) {
                Notices.showFieldErrors(ex, Map.of("authority.parent", parent, "authority.name", name,
                        "authority.place", place));
            }
        });
        save.setId("letterhead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Select<BirthDateShown> birthDate = new Select<>();
        birthDate.setId("public-birth-date");
        birthDate.setLabel(getTranslation("publicList.birthDate"));
        birthDate.setItems(BirthDateShown.values());
        birthDate.setItemLabelGenerator(b -> b == null ? "" : getTranslation("publicList.birthDate." + b));
        birthDate.setValue(publication.birthDateShown());
        birthDate.setWidth("22em");
        Button saveList = new Button(getTranslation("letterhead.save"), e -> {
            publication.updateBirthDateShown(birthDate.getValue());
            Notices.success("publicList.saved");
        });
        saveList.setId("public-list-save");
        saveList.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("menu.letterhead")), new Paragraph(getTranslation("letterhead.hint")),
                new FormLayout(parent, name, place), save, new H3(getTranslation("publicList.title")),
                new Paragraph(getTranslation("publicList.hint")), birthDate, saveList);
    }

    private TextField field(String key, String id, String value) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        f.setValue(value);
        f.setMaxLength(200);
        f.setWidthFull();
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.letterhead");
    }
}
