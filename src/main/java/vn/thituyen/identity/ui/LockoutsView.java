package vn.thituyen.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.SignInThrottle;
import vn.thituyen.identity.SignInThrottle.LockoutInfo;

/**
 * Administrators see every sign-in lockout in force (accounts, candidate numbers, client addresses) and lift one
 * after checking who the user is; each lift is logged and audited.
 */
@Route(value = "lockouts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LockoutsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);

    final Grid<LockoutInfo> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    private final transient SignInThrottle throttle;

    public LockoutsView(SignInThrottle throttle) {
        this.throttle = throttle;
        grid.setId("lockouts");
        grid.addColumn(l -> getTranslation("lockouts.kind." + l.kind())).setHeader(getTranslation("lockouts.kind"))
                .setAutoWidth(true);
        grid.addColumn(LockoutInfo::subject).setHeader(getTranslation("lockouts.subject")).setAutoWidth(true);
        grid.addColumn(l -> l.address() == null ? "" : l.address()).setHeader(getTranslation("lockouts.address"))
                .setAutoWidth(true);
        grid.addColumn(l -> TIME.format(l.lockedAt())).setHeader(getTranslation("lockouts.lockedAt"));
        grid.addColumn(l -> TIME.format(l.lockedUntil())).setHeader(getTranslation("lockouts.until"));
        grid.addComponentColumn(l -> {
            Button lift = new Button(getTranslation("lockouts.lift"), e -> lift(l));
            lift.setId("lift-" + l.id());
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return lift;
        });
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("lockouts.none"));
        none.setId("lockouts-none");
        add(new H2(getTranslation("lockouts.title")), new Paragraph(getTranslation("lockouts.hint")), none, grid);
        refresh();
    }

    private void lift(LockoutInfo l) {
        Actions.attempt(() -> {
            throttle.lift(l.id());
            Notices.success("lockouts.lifted");
        });
        refresh();
    }

    private void refresh() {
        var active = throttle.activeLockouts();
        grid.setItems(active);
        none.setVisible(active.isEmpty());
        grid.setVisible(!active.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.lockouts");
    }
}
