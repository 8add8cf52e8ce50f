package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.GradingService.InterviewRow;
import vn.thituyen.grading.GradingService.InterviewSheet;
import vn.thituyen.grading.domain.BoardScoreRule;

/** Round 2 interview marking: each member enters a score out of 100; the head decides wide spreads. */
@Route(value = "interviews", layout = MainLayout.class)
@RolesAllowed("GRADER")
public class InterviewView extends InterviewSheetBase {

    final ScoreField score = new ScoreField("", HUNDRED, 2);
    private InterviewSheet sheet;

    public InterviewView(GradingService grading, CampaignService campaigns) {
        super(grading, campaigns, "interview-grid");
        if (campaign == null) {
            return;
        }
        grid.addColumn(r -> numbers().score(r.myScore()))
                .setHeader(getTranslation("interview.myScore"));
        grid.addColumn(r -> r.scoresEntered() + "/" + r.boardSize()).setHeader(getTranslation("interview.entered"));
        grid.addColumn(this::state).setHeader(getTranslation("interview.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        score.setLabel(getTranslation("interview.score"));
        score.setId("score");
        decidedScore.setLabel(getTranslation("interview.decidedScore"));
        decidedScore.setId("decided-score");
        reason.setLabel(getTranslation("interview.reason"));
        reason.setId("decision-reason");
        reason.setWidth("30em");
        rule.setId("interview-rule");
        add(new H2(getTranslation("interview.title", campaign.name())), rule, grid, detail);
        try {
            refresh();
        } catch (DomainException e) {
            // e.g. a grader who is not on the current campaign's board: say so instead of an error page
            removeAll();
            Paragraph refused = new Paragraph(getTranslation(e.messageKey(), e.params()));
            refused.setId("interview-refused");
            add(new H2(getTranslation("interview.title", campaign.name())), refused);
        }
    }

    private String state(InterviewRow r) {
        if (r.outcome() == BoardScoreRule.Kind.INCOMPLETE) {
            return getTranslation("interview.incomplete");
        }
        return stateOf(r, numbers(), this::getTranslation);
    }

    /** The row's state in words: waiting, agreed, waiting for the head or the chair, decided by whom. */
    static String stateOf(InterviewRow r, Numbers numbers, java.util.function.BiFunction<String, Object[], String> t) {
        if (r.outcome() == BoardScoreRule.Kind.INCOMPLETE) {
            return t.apply("interview.incomplete", new Object[0]);
        }
        boolean chair = r.outcome() == BoardScoreRule.Kind.CHAIR_DECISION_REQUIRED;
        String spread = numbers.score(r.spread());
        if (r.finalScore() == null) {
            return t.apply(chair ? "interview.needsChairDecision" : "interview.needsDecision", new Object[] {spread});
        }
        String key = r.outcome() == BoardScoreRule.Kind.AGREED ? "interview.agreed"
                : chair ? "interview.decidedByChair" : "interview.decided";
        return t.apply(key, new Object[] {numbers.score(r.finalScore()), spread});
    }

    /** The spread rule of the campaign, in words: two bands, or three when the chair decides the widest. */
    static String ruleOf(vn.thituyen.campaign.RuleSet.BoardSpread bands, Numbers numbers,
            java.util.function.BiFunction<String, Object[], String> t) {
        return bands.chairFrom() == null
                ? t.apply("interview.rule", new Object[] {numbers.score(bands.meanUpTo())})
                : t.apply("interview.rule.chair", new Object[] {numbers.score(bands.meanUpTo()),
                        numbers.score(bands.chairFrom())});
    }

    @Override
    void refresh() {
        sheet = grading.mySheet(campaign.id());
        rule.setText(ruleOf(sheet.bands(), numbers(), this::getTranslation));
        grid.setItems(sheet.rows());
        detail.removeAll();
    }

    private void showDetail(InterviewRow r) {
        detail.removeAll();
        if (r == null) {
            return;
        }
        detail.add(new H3(r.candidateNumber() + " – " + r.fullName()));
        if (sheet.locked()) {
            detail.add(new Paragraph(getTranslation("error.results.locked")));
            return;
        }
        score.setScore(r.myScore());
        Button save = new Button(getTranslation("interview.save"), e -> score.score().ifPresent(v -> run(
                () -> grading.enterScore(r.applicationId(), v), Map.of("score", score))));
        save.setId("save-score");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout entry = new HorizontalLayout(score, save);
        entry.setAlignItems(Alignment.BASELINE);
        detail.add(entry);
        // the head of the board that serves this candidate's position (members' scores are shown to that head only)
        if (sheet.head() && !r.allScores().isEmpty() && r.outcome() == BoardScoreRule.Kind.DECISION_REQUIRED) {
            detail.add(new Paragraph(getTranslation("interview.allScores", InterviewRows.allScores(r, numbers()))));
            decidedScore.clear();
            reason.clear();
            Button decide = new Button(getTranslation("interview.decide"),
                    e -> decidedScore.score().ifPresent(v -> run(
                            () -> grading.decideScore(r.applicationId(), v, reason.getValue()),
                            Map.of("score", decidedScore, "reason", reason))));
            decide.setId("decide-score");
            detail.add(InterviewRows.decision(decidedScore, reason, decide));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.interviews");
    }
}
