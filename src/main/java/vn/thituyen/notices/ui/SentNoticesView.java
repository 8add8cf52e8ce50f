package vn.thituyen.notices.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.notices.Inbox;
import vn.thituyen.notices.Inbox.NoticeLine;
import vn.thituyen.notices.SummonsDeadlines;
import vn.thituyen.notices.SummonsDeadlines.Deadline;

/**
 * For the secretary: what was sent to whom in the campaign (recipient, subject, state, when sent, the last error),
 * and the summons deadline of each sitting (TT 6/2020 Art. 12), with a warning for those already too close.
 */
@Route(value = "notices", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "ADMIN", "CHAIR"})
public class SentNoticesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Grid<NoticeLine> grid = new Grid<>();
    final VerticalLayout deadlines = new VerticalLayout();

    public SentNoticesView(Inbox inbox, SummonsDeadlines summons, CampaignService campaigns) {
        CampaignInfo campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        deadlines.setId("summons-deadlines");
        deadlines.setPadding(false);
        for (Deadline d : Actions.fetch(() -> summons.of(campaign.id())).orElse(List.of())) {
            Paragraph p = new Paragraph(getTranslation(d.tooClose() ? "notice.summons.tooClose" : "notice.summons.by",
                    d.room(), LOCAL.format(d.sittingAt()), DAY.format(d.latestSummons())));
            if (d.tooClose()) {
                p.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            deadlines.add(p);
        }
        grid.setId("sent-notices");
        // many columns on a laptop's width: the cells and headers wrap rather than being cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> n.recipientName() + (n.email() == null ? "" : " <" + n.email() + ">"))
                .setHeader(getTranslation("notice.recipient"));
        grid.addColumn(NoticeLine::subject).setHeader(getTranslation("notice.subject"));
        grid.addColumn(n -> getTranslation("notice.state." + n.state())).setHeader(getTranslation("notice.state"));
        grid.addColumn(n -> n.sentAt() == null ? "" : WHEN.format(n.sentAt()))
                .setHeader(getTranslation("notice.sentAt"));
        grid.addColumn(n -> n.lastError() == null ? "" : n.lastError())
                .setHeader(getTranslation("notice.lastError"));
        grid.setItems(Actions.fetch(() -> inbox.sentIn(campaign.id())).orElse(List.of()));
        add(new H2(getTranslation("notice.sent.title", campaign.name())), new H3(getTranslation("notice.summons.title")),
                deadlines, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notices");
    }
}
