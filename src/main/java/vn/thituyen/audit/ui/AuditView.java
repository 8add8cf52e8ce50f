package vn.thituyen.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.audit.AuditLog.AuditLine;
import vn.thituyen.audit.AuditVerifier;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.MainLayout;

/** The audit log, newest first, with a check of its hash chain and of checkpoints printed on documents. */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CHAIR"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public AuditView(AuditLog audit) {
        setSizeFull();
        Paragraph verdict = new Paragraph();
        verdict.setId("chain-verdict");
        audit.lastCheck().ifPresent(c -> show(verdict, c));
        Button verify = new Button(getTranslation("audit.verify"), e -> show(verdict, audit.verifyChain()));
        verify.setId("verify-chain");

        Pre checkpoint = new Pre(audit.checkpoint().text());
        checkpoint.setId("audit-checkpoint");
        checkpoint.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        TextArea pasted = new TextArea(getTranslation("audit.checkpoint.paste"));
        pasted.setId("checkpoint-text");
        pasted.setWidthFull();
        Paragraph checkpointVerdict = new Paragraph();
        checkpointVerdict.setId("checkpoint-verdict");
        Button verifyCheckpoint = new Button(getTranslation("audit.checkpoint.verify"), e -> {
            AuditLog.CheckpointCheck c = audit.verifyCheckpoint(pasted.getValue());
            checkpointVerdict.setText(getTranslation("audit.checkpoint." + c.verdict(), c.entries()));
            checkpointVerdict.setClassName("warning", c.verdict() != AuditLog.CheckpointCheck.Verdict.MATCH);
        });
        verifyCheckpoint.setId("verify-checkpoint");

        Grid<AuditLine> grid = new Grid<>();
        grid.addColumn(l -> AT.format(l.at().atZone(ClockConfiguration.ZONE))).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("audit.event." + l.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLine::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setId("audit-lines");
        grid.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<AuditLine, Void>(
                q -> audit.page(q.getPage(), q.getPageSize()).stream(), q -> (int) audit.count(), AuditLine::id));
        grid.setMinHeight("20em");
        add(new H2(getTranslation("menu.audit")), verify, verdict, new Paragraph(getTranslation("audit.checkpoint")),
                checkpoint, pasted, verifyCheckpoint, checkpointVerdict, grid);
    }

    private void show(Paragraph verdict, AuditVerifier.ChainCheck c) {
        if (c.intact()) {
            verdict.setText(getTranslation("audit.intactCount", c.entries(),
                    AT.format(c.checkedAt().atZone(ClockConfiguration.ZONE))));
        } else {
            verdict.setText(getTranslation("audit.brokenReason", c.brokenAt() == null ? "—" : String.valueOf(c.brokenAt()),
                    getTranslation("audit.reason." + c.reason())));
        }
        verdict.setClassName("warning", !c.intact());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
