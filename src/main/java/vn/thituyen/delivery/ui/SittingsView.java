package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.DeliveryService.RosterRow;
import vn.thituyen.delivery.DeliveryService.SittingInfo;

/** Rooms and their computer sittings: prepare papers, open, close; the roster with one-time passwords. */
@Route(value = "sittings", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "INVIGILATOR", "ADMIN"})
public class SittingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SittingInfo> rooms = new Grid<>();
    final Grid<RosterRow> roster = new Grid<>();
    final HorizontalLayout actions = new HorizontalLayout();
    private final transient DeliveryService delivery;
    private final transient CampaignInfo campaign;
    private final boolean secretary;
    private final boolean staffOnDuty;

    public SittingsView(DeliveryService delivery, CampaignService campaigns, AuthenticationContext auth) {
        this.delivery = delivery;
        this.campaign = campaigns.current().orElse(null);
        this.secretary = auth.hasRole("SECRETARY");
        this.staffOnDuty = secretary || auth.hasRole("INVIGILATOR");
        setSizeFull();
        if (campaign == null) {
            add(new Paragraph(getTranslation("registration.noCampaign")));
            return;
        }
        rooms.setId("rooms");
        rooms.addColumn(SittingInfo::roomName).setHeader(getTranslation("field.room"));
        rooms.addColumn(SittingInfo::candidates).setHeader(getTranslation("sittings.candidates"));
        rooms.addColumn(s -> s.status() == null ? getTranslation("sittings.none")
                : getTranslation("sitting." + s.status())).setHeader(getTranslation("field.status"));
        rooms.setAllRowsVisible(true);
        rooms.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        roster.setId("roster");
        roster.addColumn(RosterRow::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
        roster.addColumn(RosterRow::fullName).setHeader(getTranslation("field.fullName"));
        roster.addColumn(r -> r.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .setHeader(getTranslation("field.dateOfBirth"));
        roster.addColumn(RosterRow::oneTimePassword).setHeader(getTranslation("sittings.otp"));
        roster.addColumn(r -> getTranslation("attempt." + r.status())).setHeader(getTranslation("field.status"));
        roster.addColumn(RosterRow::answered).setHeader(getTranslation("sittings.answered"));
        roster.setAllRowsVisible(true);
        add(new H2(getTranslation("sittings.title")), new Paragraph(getTranslation("sittings.hint")), rooms, actions,
                roster);
        if (!staffOnDuty) {
            roster.setVisible(false);
        }
        refresh(null);
    }

    private void refresh(Long keepRoom) {
        var items = delivery.sittings(campaign.id());
        rooms.setItems(items);
        if (keepRoom != null) {
            items.stream().filter(s -> s.roomId() == keepRoom).findFirst().ifPresent(s -> {
                rooms.select(s);
                select(s);
            });
        }
    }

    private void select(SittingInfo s) {
        actions.removeAll();
        roster.setItems();
        if (s == null || !staffOnDuty) {
            return;
        }
        if (s.sittingId() == null) {
            if (secretary) {
                actions.add(action("sittings.prepare", "prepare-sitting", () -> delivery.prepareSitting(s.roomId()), s));
            }
            return;
        }
        roster.setItems(delivery.roster(s.sittingId()));
        switch (s.status()) {
            case PREPARED -> actions.add(action("sittings.open", "open-sitting", () -> delivery.openSitting(s.sittingId()), s));
            case OPEN -> {
                actions.add(action("sittings.refresh", "refresh-roster", () -> { }, s));
                actions.add(action("sittings.close", "close-sitting", () -> delivery.closeSitting(s.sittingId()), s));
            }
            default -> { }
        }
    }

    private Button action(String key, String id, Runnable run, SittingInfo s) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                run.run();
                refresh(s.roomId());
            } catch (DomainException ex) {
                Notices.error(ex);
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sittings");
    }
}
