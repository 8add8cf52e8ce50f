package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.GradingService.ChairSheet;
import vn.thituyen.grading.GradingService.InterviewRow;

/**
 * The council chair decides the board scores whose spread reaches the rule set's chair band (10 points, when the
 * campaign escalates (?)): every member's score, then the decided score with the reason.
 */
@Route(value = "interviews/chair", layout = MainLayout.class)
@RolesAllowed("CHAIR")
public class ChairScoreView extends InterviewSheetBase {

    private ChairSheet sheet;

    public ChairScoreView(GradingService grading, CampaignService campaigns) {
        super(grading, campaigns, "chair-score-grid");
        if (campaign == null) {
            return;
        }
        grid.addColumn(this::scores).setHeader(getTranslation("interview.chair.scores")).setAutoWidth(true);
        grid.addColumn(r -> InterviewView.stateOf(r, numbers(), this::getTranslation))
                .setHeader(getTranslation("interview.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        decidedScore.setLabel(getTranslation("interview.decidedScore"));
        decidedScore.setId("chair-decided-score");
        reason.setLabel(getTranslation("interview.reason"));
        reason.setId("chair-decision-reason");
        reason.setWidth("30em");
        rule.setId("chair-rule");
        add(new H2(getTranslation("interview.chair.title", campaign.name())), rule, grid, detail);
        refresh();
    }

    private String scores(InterviewRow r) {
        return InterviewRows.allScores(r, numbers());
    }

    @Override
    void refresh() {
        sheet = grading.chairSheet(campaign.id());
        rule.setText(sheet.bands().chairFrom() == null ? getTranslation("interview.chair.noEscalation")
                : InterviewView.ruleOf(sheet.bands(), numbers(), this::getTranslation));
        grid.setItems(sheet.rows());
        detail.removeAll();
    }

    private void showDetail(InterviewRow r) {
        detail.removeAll();
        if (r == null) {
            return;
        }
        detail.add(new H3(r.candidateNumber() + " – " + r.fullName()),
                new Paragraph(getTranslation("interview.allScores", scores(r))));
        if (sheet.locked()) {
            detail.add(new Paragraph(getTranslation("error.results.locked")));
            return;
        }
        decidedScore.setScore(r.finalScore());
        reason.clear();
        Button decide = new Button(getTranslation("interview.decide"),
                e -> decidedScore.score().ifPresent(v -> run(
                        () -> grading.decideScoreAsChair(r.applicationId(), v, reason.getValue()),
                        Map.of("score", decidedScore, "reason", reason))));
        decide.setId("chair-decide-score");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(InterviewRows.decision(decidedScore, reason, decide));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.chairScores");
    }
}
