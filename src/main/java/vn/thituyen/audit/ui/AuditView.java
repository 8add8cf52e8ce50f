package vn.thituyen.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.audit.AuditLog.AuditLine;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.MainLayout;

/** The audit log, newest first, with a check of its hash chain. */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CHAIR"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditLog audit) {
        setSizeFull();
        Paragraph verdict = new Paragraph();
        verdict.setId("chain-verdict");
        Button verify = new Button(getTranslation("audit.verify"), e -> {
            long broken = audit.verifyChain();
            verdict.setText(broken < 0 ? getTranslation("audit.intact") : getTranslation("audit.broken", broken));
        });
        verify.setId("verify-chain");
        Grid<AuditLine> grid = new Grid<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        grid.addColumn(l -> f.format(l.at().atZone(ClockConfiguration.ZONE))).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("audit.event." + l.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLine::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setItems(audit.recent());
        add(new H2(getTranslation("menu.audit")), verify, verdict, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
