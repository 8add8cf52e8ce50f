package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionStatus;
import vn.thituyen.questionbank.Subject;

/**
 * The question banks and their sizes (ngân hàng câu hỏi). Staff who plan sittings see the counts; the question
 * board and the chair open a bank to work on its questions.
 */
@Route(value = "banks", layout = MainLayout.class)
@RolesAllowed({"AUTHOR", "CHAIR", "ADMIN", "SECRETARY"})
public class BanksView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BankInfo> grid = new Grid<>();
    private final QuestionBankService banks;

    public BanksView(QuestionBankService banks, CurrentUser currentUser) {
        this.banks = banks;
        boolean board = currentUser.hasRole(Role.AUTHOR) || currentUser.hasRole(Role.CHAIR);
        grid.setId("banks");
        grid.addColumn(BankInfo::code).setHeader(getTranslation("banks.code"));
        grid.addColumn(BankInfo::name).setHeader(getTranslation("banks.name")).setAutoWidth(true);
        grid.addColumn(this::scope).setHeader(getTranslation("banks.subject")).setAutoWidth(true);
        grid.addColumn(b -> b.count(QuestionStatus.DRAFT)).setHeader(getTranslation("question.status.DRAFT"));
        grid.addColumn(b -> b.count(QuestionStatus.REVIEWED)).setHeader(getTranslation("question.status.REVIEWED"));
        grid.addColumn(BankInfo::questionCount).setHeader(getTranslation("banks.count"));
        grid.setAllRowsVisible(true);
        if (board) {
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BankView.class, e.getItem().id())));
        }
        refresh();
        Button create = new Button(getTranslation("banks.create"), e -> openCreate());
        create.setId("bank-create");
        create.setVisible(board);
        add(new H2(getTranslation("menu.banks")), new Paragraph(getTranslation("banks.rule")), create, grid);
        if (board) {
            add(new Paragraph(getTranslation("banks.openHint")));
        }
    }

    private String scope(BankInfo b) {
        String subject = getTranslation("subject." + b.subject());
        if (b.language() != null) {
            return subject + " – " + getTranslation("language." + b.language());
        }
        return b.positionCode() == null ? subject : subject + " – " + b.positionCode();
    }

    private void refresh() {
        grid.setItems(banks.banks());
    }

    private void openCreate() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("banks.create"));
        TextField code = new TextField(getTranslation("banks.code"));
        code.setId("bank-code");
        code.setMaxLength(50);
        TextField name = new TextField(getTranslation("banks.name"));
        name.setId("bank-name");
        name.setMaxLength(200);
        ComboBox<Subject> subject = new ComboBox<>(getTranslation("banks.subject"), Subject.values());
        subject.setId("bank-subject");
        subject.setItemLabelGenerator(s -> getTranslation("subject." + s));
        ComboBox<String> language = new ComboBox<>(getTranslation("field.foreignLanguage"),
                "ENGLISH", "FRENCH", "RUSSIAN", "CHINESE", "GERMAN", "JAPANESE", "KOREAN");
        language.setId("bank-language");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        TextField position = new TextField(getTranslation("banks.position"));
        position.setId("bank-position");
        position.setMaxLength(50);
        subject.addValueChangeListener(e -> {
            language.setVisible(e.getValue() == Subject.FOREIGN_LANGUAGE);
            position.setVisible(e.getValue() == Subject.PROFESSIONAL);
        });
        language.setVisible(false);
        position.setVisible(false);
        Button save = new Button(getTranslation("action.save"), e -> {
            Actions.attempt(() -> {
                banks.createBank(code.getValue(), name.getValue(), subject.getValue(), language.getValue(),
                        position.getValue());
                d.close();
                refresh();
                Notices.success("banks.created", code.getValue().strip());
            }, Map.of("code", code, "name", name, "subject", subject,
                        "language", language, "positionCode", position));
        });
        save.setId("bank-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new FormLayout(code, name, subject, language, position));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.banks");
    }
}
