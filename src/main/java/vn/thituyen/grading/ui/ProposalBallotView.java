package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.grading.ProposalDefence.MyBallot;
import vn.thituyen.grading.ProposalDefence.TallyRow;
import vn.thituyen.grading.domain.BallotRule;
import vn.thituyen.grading.domain.ConfidenceVoteRule;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;

/**
 * A council member's secret ballots on the đề án (phiếu chấm kín): one line per candidate of part 2, the member
 * scores each criterion alone and sees only their own ballot; the tally of a candidate appears — ballots, spread,
 * band, score — only once every member's ballot is in; the chair decides where the spread rule asks and closes the
 * ballots. With the campaign's confidence vote, each member also votes once per candidate.
 */
@Route(value = "leadership/ballots", layout = MainLayout.class)
@RolesAllowed({"CHAIR", "SECRETARY", "GRADER"})
public class ProposalBallotView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyBallot> mine = new Grid<>();
    final VerticalLayout ballotForm = new VerticalLayout();
    final List<ScoreField> points = new ArrayList<>();
    final Select<ConfidenceVoteRule.Ballot> confidence = new Select<>();
    final VerticalLayout tallies = new VerticalLayout();
    private final transient ProposalDefence defence;
    private final transient LeadershipPosts posts;
    private final transient CampaignInfo campaign;
    private final boolean chair;
    private final boolean organiser;
    private List<BallotRule.Criterion> criteria = List.of();

    public ProposalBallotView(ProposalDefence defence, LeadershipPosts posts, CampaignService campaigns,
            CurrentUser user) {
        this.defence = defence;
        this.posts = posts;
        this.chair = user.hasRole(Role.CHAIR);
        this.organiser = chair || user.hasRole(Role.SECRETARY);
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        if (campaign == null) {
            return;
        }
        add(new H2(getTranslation("ballot.title", campaign.name())));
        if (!campaign.kind().leadership()) {
            add(new Paragraph(getTranslation("leadership.notLeadershipCampaign")));
            return;
        }
        criteria = defence.criteria(campaign.id());
        if (organiser) {
            add(organising());
        }
        List<MyBallot> ballots = Actions.fetch(() -> defence.myBallots(campaign.id())).orElse(null);
        if (ballots == null) {
            return;
        }
        add(new Paragraph(getTranslation("ballot.hint")));
        mine.setId("my-ballots");
        mine.addColumn(MyBallot::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        mine.addColumn(b -> posts.post(b.positionId()).map(LeadershipPosts.PostInfo::name).orElse(""))
                .setHeader(getTranslation("leadership.post")).setAutoWidth(true);
        mine.addColumn(b -> b.total() == null ? getTranslation("ballot.notCast")
                : new Numbers(getLocale()).score(b.total())).setHeader(getTranslation("ballot.myTotal"))
                .setAutoWidth(true);
        if (posts.settings(campaign.id()).confidenceVote()) {
            mine.addColumn(b -> b.confidence() == null ? "" : getTranslation("confidence." + b.confidence()))
                    .setHeader(getTranslation("ballot.myConfidence")).setAutoWidth(true);
        }
        mine.setAllRowsVisible(true);
        mine.setItems(ballots);
        mine.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));
        ballotForm.setPadding(false);
        tallies.setPadding(false);
        add(mine, ballotForm, new H3(getTranslation("ballot.tally")), new Paragraph(getTranslation("ballot.tally.hint")),
                tallies);
        showTallies();
    }

    private void refresh() {
        Long selected = mine.asSingleSelect().getValue() == null ? null
                : mine.asSingleSelect().getValue().applicationId();
        mine.setItems(defence.myBallots(campaign.id()));
        if (selected != null) {
            mine.getListDataView().getItems().filter(b -> b.applicationId() == selected).findFirst()
                    .ifPresent(mine::select);
        }
        showTallies();
    }

    private void showForm(MyBallot b) {
        ballotForm.removeAll();
        points.clear();
        if (b == null) {
            return;
        }
        ballotForm.add(new H3(getTranslation("ballot.for", b.fullName())));
        defence.proposal(b.applicationId()).ifPresent(p -> ballotForm.add(vn.thituyen.common.ui.Downloads.file(
                p.fileName(), p.mimeType(), () -> defence.proposal(b.applicationId()).orElseThrow().bytes(),
                getTranslation("ballot.readProposal", p.fileName()), "read-proposal")));
        if (b.total() == null) {
            for (int i = 0; i < criteria.size(); i++) {
                BallotRule.Criterion c = criteria.get(i);
                ScoreField f = new ScoreField(getTranslation("ballot.criterion", c.name(), c.weight()),
                        BigDecimal.valueOf(c.weight()), 2);
                f.setId("ballot-point-" + (i + 1));
                f.setWidth("28em");
                points.add(f);
                ballotForm.add(f);
            }
            Button cast = new Button(getTranslation("ballot.cast"), e -> cast(b));
            cast.setId("cast-ballot");
            cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ballotForm.add(new Paragraph(getTranslation("ballot.once")), cast);
        } else {
            Paragraph own = new Paragraph(getTranslation("ballot.mine", String.join("; ", b.scores().stream()
                    .map(x -> new Numbers(getLocale()).score(x)).toList()), new Numbers(getLocale()).score(b.total())));
            own.setId("my-ballot");
            ballotForm.add(own);
        }
        if (posts.settings(campaign.id()).confidenceVote() && b.confidence() == null) {
            confidence.setId("confidence-vote");
            confidence.setLabel(getTranslation("ballot.confidence"));
            confidence.setItems(ConfidenceVoteRule.Ballot.values());
            confidence.setItemLabelGenerator(v -> getTranslation("confidence." + v));
            confidence.clear();
            Button vote = new Button(getTranslation("ballot.vote"), e -> Actions.run(
                    () -> defence.castConfidence(b.applicationId(), confidence.getValue()), "ballot.voted",
                    Map.of(), this::refresh));
            vote.setId("cast-confidence");
            ballotForm.add(Rows.of(confidence, vote));
        }
    }

    private void cast(MyBallot b) {
        List<BigDecimal> scores = new ArrayList<>();
        boolean ok = true;
        for (ScoreField f : points) {
            var v = f.score();
            if (v.isEmpty()) {
                f.setErrorMessage(getTranslation("validation.score"));
                f.setInvalid(true);
                ok = false;
            } else {
                f.setInvalid(false);
                scores.add(v.get());
            }
        }
        if (!ok) {
            return;
        }
        BigDecimal total = BallotRule.total(scores);
        // a secret ballot cannot be changed once cast: say so before it is
        Confirm.ask("ballot.cast", "ballot.cast.confirm", new Object[] {b.fullName(),
                new Numbers(getLocale()).score(total)}, "ballot.cast", () -> Actions.attempt(() -> {
                    try {
                        defence.castBallot(b.applicationId(), scores);
                    } catch (DomainException e) {
                        if (e.messageKey().startsWith("error.ballot.range") && e.params().length > 0
                                && e.params()[0] instanceof Integer n && n >= 1 && n <= points.size()) {
                            points.get(n - 1).setErrorMessage(getTranslation(e.messageKey(), e.params()));
                            points.get(n - 1).setInvalid(true);
                        }
                        throw e;
                    }
                    vn.thituyen.common.ui.Notices.success("ballot.castDone", b.fullName());
                    refresh();
                }));
    }

    private void showTallies() {
        tallies.removeAll();
        Numbers num = new Numbers(getLocale());
        for (LeadershipPosts.PostInfo post : posts.posts(campaign.id())) {
            ProposalDefence.Tally t = Actions.fetch(() -> defence.tally(post.positionId())).orElse(null);
            if (t == null || t.rows().isEmpty()) {
                continue;
            }
            Grid<TallyRow> g = new Grid<>();
            g.setId("tally-" + post.code());
            g.addColumn(TallyRow::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
            g.addColumn(r -> r.ballotsIn() + "/" + r.members()).setHeader(getTranslation("ballot.in"))
                    .setAutoWidth(true);
            g.addColumn(r -> r.ballots() == null || r.ballots().isEmpty() ? "—" : String.join("; ", r.ballots()
                    .stream().map(l -> l.member() + ": " + num.score(l.total())).toList()))
                    .setHeader(getTranslation("ballot.ballots")).setFlexGrow(2);
            g.addColumn(r -> r.spread() == null ? "" : num.score(r.spread())).setHeader(getTranslation("ballot.spread"))
                    .setAutoWidth(true);
            g.addColumn(r -> r.band() == null ? "" : getTranslation("ballot.band." + r.band()))
                    .setHeader(getTranslation("ballot.band")).setAutoWidth(true);
            g.addColumn(r -> r.score() == null ? "" : num.score(r.score())).setHeader(getTranslation("ballot.score"))
                    .setAutoWidth(true);
            if (t.confidenceVote()) {
                g.addColumn(r -> r.confidence() == null ? "" : getTranslation("ballot.confidenceCount",
                        r.confidence().agree(), r.confidence().cast(), num.score(r.confidence().castPercent())))
                        .setHeader(getTranslation("ballot.confidence")).setAutoWidth(true);
            }
            g.setAllRowsVisible(true);
            g.setItems(t.rows());
            tallies.add(new H3(post.name() + (t.closed() ? " – " + getTranslation("ballot.closed") : "")), g);
            if (chair && !t.closed()) {
                tallies.add(chairTools(post, t, g));
            }
        }
    }

    /**
     * The secretary's and the chair's part before the day: each post's deadline for the đề án and the schedule of
     * presentations drawn by lot (the seed recorded so that anyone can draw it again).
     */
    private VerticalLayout organising() {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("proposal.organise")),
                new Paragraph(getTranslation("proposal.criteria", String.join("; ", criteria.stream()
                        .map(c -> c.name() + " (" + c.weight() + ")").toList()))));
        box.setPadding(false);
        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        for (LeadershipPosts.PostInfo post : posts.posts(campaign.id())) {
            if (post.state() != vn.thituyen.campaign.PostState.GO_AHEAD) {
                continue;
            }
            com.vaadin.flow.component.datetimepicker.DateTimePicker due =
                    new com.vaadin.flow.component.datetimepicker.DateTimePicker(getTranslation("proposal.deadline"));
            due.setId("deadline-" + post.code());
            defence.proposalDeadline(post.positionId()).ifPresent(due::setValue);
            Button saveDue = new Button(getTranslation("proposal.saveDeadline"), e -> Actions.run(
                    () -> {
                        if (due.getValue() == null) {
                            throw new vn.thituyen.common.FieldErrors(Map.of("dueAt", "validation.required"));
                        }
                        defence.setProposalDeadline(post.positionId(), due.getValue());
                    }, "proposal.deadlineSaved", Map.of("dueAt", due), () -> { }));
            saveDue.setId("save-deadline-" + post.code());
            box.add(new H3(post.name()), Rows.of(due, saveDue));
            var drawn = defence.schedule(post.positionId());
            if (drawn.isPresent()) {
                Grid<ProposalDefence.ScheduledSlot> slots = new Grid<>();
                slots.setId("schedule-" + post.code());
                slots.addColumn(ProposalDefence.ScheduledSlot::order).setHeader(getTranslation("proposal.order"))
                        .setAutoWidth(true);
                slots.addColumn(ProposalDefence.ScheduledSlot::fullName).setHeader(getTranslation("field.fullName"))
                        .setAutoWidth(true);
                slots.addColumn(ProposalDefence.ScheduledSlot::room).setHeader(getTranslation("proposal.room"))
                        .setAutoWidth(true);
                slots.addColumn(x -> x.starts().format(hm) + " – " + x.ends().toLocalTime())
                        .setHeader(getTranslation("proposal.time")).setAutoWidth(true);
                slots.setItems(drawn.get().slots());
                slots.setAllRowsVisible(true);
                box.add(new Paragraph(getTranslation("proposal.drawn", drawn.get().seed(), drawn.get().drawnBy())),
                        slots);
            } else {
                TextField rooms = new TextField(getTranslation("proposal.rooms"));
                rooms.setId("rooms-" + post.code());
                rooms.setValue(getTranslation("proposal.rooms.default"));
                rooms.setWidth("20em");
                com.vaadin.flow.component.datetimepicker.DateTimePicker start =
                        new com.vaadin.flow.component.datetimepicker.DateTimePicker(getTranslation("proposal.start"));
                start.setId("start-" + post.code());
                Button draw = new Button(getTranslation("proposal.draw"), e -> Confirm.ask("proposal.draw",
                        "proposal.draw.confirm", new Object[] {post.name()}, "proposal.draw", () -> Actions.run(
                                () -> {
                                    if (start.getValue() == null) {
                                        throw new vn.thituyen.common.FieldErrors(Map.of("start",
                                                "validation.required"));
                                    }
                                    defence.drawSchedule(post.positionId(), java.util.Arrays.stream(rooms.getValue()
                                            .split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                                            start.getValue());
                                }, "proposal.drawnDone", Map.of("start", start, "rooms", rooms),
                                () -> com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(false))));
                draw.setId("draw-" + post.code());
                box.add(Rows.of(rooms, start, draw));
            }
        }
        return box;
    }

    private VerticalLayout chairTools(LeadershipPosts.PostInfo post, ProposalDefence.Tally t, Grid<TallyRow> g) {
        ScoreField score = new ScoreField(getTranslation("ballot.decidedScore"), BigDecimal.valueOf(100), 2);
        score.setId("decide-score-" + post.code());
        TextField reason = new TextField(getTranslation("leadership.reason"));
        reason.setId("decide-reason-" + post.code());
        reason.setWidth("28em");
        reason.setMaxLength(1000);
        Button decide = new Button(getTranslation("ballot.decide"), e -> {
            TallyRow r = g.asSingleSelect().getValue();
            if (r == null) {
                vn.thituyen.common.ui.Notices.error(new DomainException("ballot.chooseCandidate"));
                return;
            }
            Actions.run(() -> defence.decide(r.applicationId(), score.score().orElse(null), reason.getValue()),
                    "ballot.decided", Map.of("score", score, "reason", reason), this::refresh);
        });
        decide.setId("decide-" + post.code());
        Button close = new Button(getTranslation("ballot.closeBallots"), e -> Confirm.ask("ballot.closeBallots",
                "ballot.closeBallots.confirm", new Object[] {post.name()}, "ballot.closeBallots",
                () -> Actions.run(() -> defence.closeBallots(post.positionId()), "ballot.closedDone", Map.of(),
                        this::refresh)));
        close.setId("close-ballots-" + post.code());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("ballot.decide.hint")),
                Rows.of(score, reason, decide), close);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ballots");
    }
}
