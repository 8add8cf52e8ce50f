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
import vn.thituyen.notices.SummonsService;

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
    final VerticalLayout summonses = new VerticalLayout();
    final com.vaadin.flow.component.datetimepicker.DateTimePicker round2At =
            new com.vaadin.flow.component.datetimepicker.DateTimePicker();
    final com.vaadin.flow.component.textfield.TextField round2Venue = new com.vaadin.flow.component.textfield.TextField();
    final com.vaadin.flow.component.button.Button resend = new com.vaadin.flow.component.button.Button();

    private final transient Inbox inbox;
    private final transient SummonsService summonsService;

    /** the secretary (and an administrator) sends; the chair reads */
    private final boolean sends;

    public SentNoticesView(Inbox inbox, SummonsDeadlines summons, CampaignService campaigns,
            SummonsService summonsService, com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.sends = auth.hasAnyRole("SECRETARY", "ADMIN");
        this.inbox = inbox;
        this.summonsService = summonsService;
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
        resend.setText(getTranslation("notice.resend"));
        resend.setId("resend-notice");
        resend.setEnabled(false);
        resend.setVisible(sends);
        grid.addSelectionListener(e -> resend.setEnabled(sends && e.getFirstSelectedItem()
                .filter(n -> n.state() == vn.thituyen.notices.NoticeState.FAILED).isPresent()));
        resend.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(n -> resend(campaign, n)));
        summonses.setId("summonses");
        summonses.setPadding(false);
        showSummonses(campaign);
        add(new H2(getTranslation("notice.sent.title", campaign.name())), new H3(getTranslation("notice.summons.title")),
                deadlines, new H3(getTranslation("summons.title")), summonses,
                new H3(getTranslation("notice.sent.list")), resend, grid);
    }

    /** The summons sent per round, and the way to send those not sent yet. */
    private void showSummonses(CampaignInfo campaign) {
        summonses.removeAll();
        List<SummonsService.Sent> sent = Actions.fetch(() -> summonsService.sent(campaign.id())).orElse(List.of());
        for (SummonsService.Sent x : sent) {
            Paragraph p = new Paragraph(getTranslation(x.tooClose() ? "summons.sentLate" : "summons.sent", x.round(),
                    x.recipients(), WHEN.format(x.sittingAt()), WHEN.format(x.sentAt()), x.sentBy()));
            p.setId("summons-sent-" + x.round());
            summonses.add(p);
        }
        if (!sends) {
            return;
        }
        if (sent.stream().noneMatch(x -> x.round() == 1)) {
            com.vaadin.flow.component.button.Button one = new com.vaadin.flow.component.button.Button(
                    getTranslation("summons.send", 1), e -> Actions.fetch(
                            () -> summonsService.previewRound1(campaign.id()))
                            .ifPresent(p -> confirmSend(campaign, p, () -> summonsService.sendRound1(campaign.id(),
                                    p.tooClose()))));
            one.setId("send-summons-1");
            summonses.add(one);
        }
        if (sent.stream().noneMatch(x -> x.round() == 2)) {
            round2At.setLabel(getTranslation("summons.round2At"));
            round2At.setId("summons-round2-at");
            round2At.setLocale(getLocale());
            round2Venue.setLabel(getTranslation("summons.round2Venue"));
            round2Venue.setId("summons-round2-venue");
            round2Venue.setMaxLength(300);
            round2Venue.setWidth("28em");
            com.vaadin.flow.component.button.Button two = new com.vaadin.flow.component.button.Button(
                    getTranslation("summons.send", 2), e -> Actions.attempt(() -> {
                        SummonsService.Preview p = summonsService.previewRound2(campaign.id(), round2At.getValue(),
                                round2Venue.getValue());
                        confirmSend(campaign, p, () -> summonsService.sendRound2(campaign.id(), round2At.getValue(),
                                round2Venue.getValue(), p.tooClose()));
                    }, java.util.Map.of("sittingAt", round2At, "venue", round2Venue)));
            two.setId("send-summons-2");
            com.vaadin.flow.component.orderedlayout.HorizontalLayout form =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(round2At, round2Venue, two);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            summonses.add(form);
        }
    }

    /** The question before sending: how many, when, the deadline; a warning when the sitting is already too close. */
    private void confirmSend(CampaignInfo campaign, SummonsService.Preview p, java.util.function.IntSupplier send) {
        String when = p.sittingAt() == null ? "—" : LOCAL.format(p.sittingAt());
        String latest = p.latestSummons() == null ? "—" : DAY.format(p.latestSummons());
        vn.thituyen.common.ui.Confirm.ask("summons.confirm.title",
                p.tooClose() ? "summons.confirm.tooClose" : "summons.confirm.text",
                new Object[] {p.round(), p.recipients(), when, latest}, "summons.confirm.send",
                () -> Actions.attempt(() -> {
                    int n = send.getAsInt();
                    vn.thituyen.common.ui.Notices.success("summons.done", p.round(), n);
                    showSummonses(campaign);
                    grid.setItems(inbox.sentIn(campaign.id()));
                }));
    }

    /** A failed notice sent again, to the application's current address, after the secretary confirms. */
    private void resend(CampaignInfo campaign, NoticeLine n) {
        vn.thituyen.common.ui.Confirm.ask("notice.resend.title", "notice.resend.text",
                new Object[] {n.recipientName(), n.subject()}, "notice.resend",
                () -> Actions.attempt(() -> {
                    inbox.resend(n.id());
                    vn.thituyen.common.ui.Notices.success("notice.resend.done", n.recipientName());
                    grid.setItems(inbox.sentIn(campaign.id()));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notices");
    }
}
