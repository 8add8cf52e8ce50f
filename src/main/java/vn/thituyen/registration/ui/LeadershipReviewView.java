package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.PostState;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.LeadershipCandidates;
import vn.thituyen.registration.LeadershipCandidates.MyCandidacy;
import vn.thituyen.registration.LeadershipCandidates.PostCount;
import vn.thituyen.registration.LeadershipCandidates.StandardLine;

/**
 * The review of a leadership exam's candidates: the form-review board decides each standard of the post with the
 * evidence and, when refused, the reason, then concludes; once reviewed, the chair or Home Affairs decide each
 * post's exam — it goes ahead with at least two eligible candidates, else it is announced again or withdrawn.
 */
@Route(value = "leadership/review", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "CHAIR", "ADMIN"})
public class LeadershipReviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyCandidacy> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Grid<PostCount> postGrid = new Grid<>();
    final VerticalLayout postDetail = new VerticalLayout();
    final DatePicker reopensOn = new DatePicker();
    final DatePicker reclosesOn = new DatePicker();
    final TextField postReason = new TextField();
    private final transient LeadershipCandidates candidates;
    private final transient CampaignInfo campaign;
    private final boolean reviewer;
    private final boolean decider;

    public LeadershipReviewView(LeadershipCandidates candidates, CampaignService campaigns, CurrentUser user) {
        this.candidates = candidates;
        this.reviewer = user.hasRole(Role.SECRETARY);
        this.decider = user.hasRole(Role.ADMIN) || user.hasRole(Role.CHAIR);
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        if (campaign == null) {
            return;
        }
        add(new H2(getTranslation("leadership.review.title", campaign.name())));
        if (!campaign.kind().leadership()) {
            add(new Paragraph(getTranslation("leadership.notLeadershipCampaign")));
            return;
        }
        grid.setId("leadership-candidates");
        grid.addColumn(MyCandidacy::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(m -> m.post().name()).setHeader(getTranslation("leadership.post")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("nomination." + m.nomination()))
                .setHeader(getTranslation("nomination.status")).setAutoWidth(true);
        grid.addColumn(m -> m.standards().stream().filter(l -> l.accepted() != null).count() + "/"
                + m.standards().size()).setHeader(getTranslation("leadership.decided"));
        grid.addColumn(m -> getTranslation("status." + m.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setPadding(false);
        postGrid.setId("leadership-post-counts");
        postGrid.addColumn(p -> p.post().name() + " – " + p.post().agency()).setHeader(getTranslation("leadership.post"))
                .setAutoWidth(true);
        postGrid.addColumn(PostCount::eligible).setHeader(getTranslation("leadership.count.eligible")).setAutoWidth(true);
        postGrid.addColumn(p -> p.undecided() + p.awaitingNomination())
                .setHeader(getTranslation("leadership.count.pending")).setAutoWidth(true);
        postGrid.addColumn(PostCount::refused).setHeader(getTranslation("leadership.count.refused")).setAutoWidth(true);
        postGrid.addColumn(p -> getTranslation(p.mayGoAhead() ? "leadership.enough" : "leadership.tooFew",
                p.minimum())).setHeader(getTranslation("leadership.goAhead")).setAutoWidth(true);
        postGrid.addColumn(p -> getTranslation("leadership.state." + p.post().state()))
                .setHeader(getTranslation("leadership.state")).setAutoWidth(true);
        postGrid.setAllRowsVisible(true);
        postGrid.asSingleSelect().addValueChangeListener(e -> showPost(e.getValue()));
        postDetail.setPadding(false);
        add(new Paragraph(getTranslation("leadership.review.hint")), grid, detail,
                new H3(getTranslation("leadership.posts.decide")),
                new Paragraph(getTranslation("leadership.posts.decide.hint")), postGrid, postDetail);
        refresh();
    }

    private void refresh() {
        Long selected = grid.asSingleSelect().getValue() == null ? null
                : grid.asSingleSelect().getValue().applicationId();
        grid.setItems(candidates.candidacies(campaign.id()));
        if (selected != null) {
            grid.getListDataView().getItems().filter(m -> m.applicationId() == selected).findFirst()
                    .ifPresent(grid::select);
        }
        postGrid.setItems(candidates.postCounts(campaign.id()));
    }

    private void show(MyCandidacy m) {
        detail.removeAll();
        if (m == null) {
            return;
        }
        detail.add(new H3(getTranslation("leadership.candidate", m.fullName(), m.post().name())));
        detail.add(new Paragraph(getTranslation("leadership.candidate.current", m.currentTitle() == null ? "—"
                : String.join(", ", java.util.stream.Stream.of(m.currentTitle(), m.currentDivision(),
                        m.currentAgency()).filter(java.util.Objects::nonNull).toList()),
                m.managingAgency() == null ? getTranslation("nomination.OUTSIDE")
                        : m.managingAgency() + " – " + getTranslation("nomination." + m.nomination()))));
        if (m.letterUploaded()) {
            detail.add(Downloads.pdf("cong-van-cu-" + m.applicationId() + ".pdf",
                    () -> candidates.letter(m.applicationId()).orElseThrow().pdf(),
                    getTranslation("leadership.openLetter"), "review-letter"));
        }
        if (m.rejectionReason() != null) {
            detail.add(new Paragraph(getTranslation("registration.rejectionReason", m.rejectionReason())));
        }
        boolean open = reviewer && m.status() == ApplicationStatus.SUBMITTED
                && m.nomination() != vn.thituyen.registration.domain.Candidacy.Nomination.AWAITING;
        if (m.nomination() == vn.thituyen.registration.domain.Candidacy.Nomination.AWAITING) {
            detail.add(new Paragraph(getTranslation("error.nomination.awaiting")));
        }
        for (StandardLine l : m.standards()) {
            detail.add(standardLine(m, l, open));
        }
        if (open) {
            Button conclude = new Button(getTranslation("leadership.conclude"), e -> Actions.run(
                    () -> candidates.conclude(m.applicationId()), "leadership.concluded", Map.of(), this::refresh));
            conclude.setId("conclude-review");
            conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(conclude);
        }
    }

    private VerticalLayout standardLine(MyCandidacy m, StandardLine l, boolean open) {
        int n = l.standard().ordinal();
        Span state = new Span(getTranslation(l.accepted() == null ? "leadership.check.undecided"
                : l.accepted() ? "leadership.check.accepted" : "leadership.check.refused"));
        state.setId("standard-state-" + n);
        state.getElement().getThemeList().add("badge " + (l.accepted() == null ? "contrast"
                : l.accepted() ? "success" : "error"));
        VerticalLayout box = new VerticalLayout(new Paragraph(n + ". " + getTranslation("standardKind."
                + l.standard().kind()) + ": " + l.standard().requirement()), state);
        box.setPadding(false);
        box.setSpacing(false);
        if (l.accepted() != null) {
            box.add(new Paragraph(getTranslation("leadership.check.evidence", l.evidence())
                    + (l.reason() == null ? "" : " – " + getTranslation("leadership.check.because", l.reason()))));
        }
        if (open) {
            TextField evidence = new TextField(getTranslation("leadership.evidence"));
            evidence.setId("evidence-" + n);
            evidence.setMaxLength(1000);
            evidence.setWidth("24em");
            evidence.setValue(l.evidence() == null ? "" : l.evidence());
            TextField reason = new TextField(getTranslation("leadership.reason"));
            reason.setId("reason-" + n);
            reason.setMaxLength(1000);
            reason.setWidth("24em");
            Map<String, TextField> fields = Map.of("evidence", evidence, "reason", reason);
            Button accept = new Button(getTranslation("leadership.accept"), e -> Actions.run(
                    () -> candidates.decideStandard(m.applicationId(), l.standard().id(), true, evidence.getValue(),
                            reason.getValue()), "leadership.standardDecided", fields, this::refresh));
            accept.setId("accept-" + n);
            Button refuse = new Button(getTranslation("leadership.refuse"), e -> Actions.run(
                    () -> candidates.decideStandard(m.applicationId(), l.standard().id(), false, evidence.getValue(),
                            reason.getValue()), "leadership.standardDecided", fields, this::refresh));
            refuse.setId("refuse-" + n);
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(Rows.of(evidence, reason, accept, refuse));
        }
        return box;
    }

    private void showPost(PostCount p) {
        postDetail.removeAll();
        if (p == null || !decider) {
            return;
        }
        reopensOn.setId("reopens-on");
        reopensOn.setLabel(getTranslation("leadership.reopensOn"));
        reclosesOn.setId("recloses-on");
        reclosesOn.setLabel(getTranslation("leadership.reclosesOn"));
        postReason.setId("post-reason");
        postReason.setLabel(getTranslation("leadership.reason"));
        postReason.setMaxLength(1000);
        postReason.setWidth("30em");
        long id = p.post().positionId();
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("opensOn", reopensOn, "closesOn",
                reclosesOn, "reason", postReason);
        Button goAhead = new Button(getTranslation("leadership.decide.GO_AHEAD"), e -> Actions.run(
                () -> candidates.decidePost(id, PostState.GO_AHEAD, null, null, null), "leadership.postDecided",
                fields, this::refresh));
        goAhead.setId("decide-go-ahead");
        goAhead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reannounce = new Button(getTranslation("leadership.decide.REANNOUNCED"), e -> Actions.run(
                () -> candidates.decidePost(id, PostState.REANNOUNCED, reopensOn.getValue(), reclosesOn.getValue(),
                        postReason.getValue()), "leadership.postDecided", fields, this::refresh));
        reannounce.setId("decide-reannounce");
        Button withdraw = new Button(getTranslation("leadership.decide.WITHDRAWN"), e -> Confirm.ask(
                "leadership.decide.WITHDRAWN", "leadership.withdraw.confirm", new Object[] {p.post().name()},
                "leadership.decide.WITHDRAWN", () -> Actions.run(() -> candidates.decidePost(id, PostState.WITHDRAWN,
                        null, null, postReason.getValue()), "leadership.postDecided", fields, this::refresh)));
        withdraw.setId("decide-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        postDetail.add(new H3(p.post().name()), Rows.of(goAhead), Rows.of(reopensOn, reclosesOn, postReason),
                Rows.of(reannounce, withdraw));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.leadershipReview");
    }
}
