package vn.thituyen.grading.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.GradingService.ChairSheet;
import vn.thituyen.grading.GradingService.InterviewRow;

/**
 * The council chair decides the board scores whose spread reaches the rule set's chair band (10 points, when the
 * campaign escalates (?)): every member's score, then the decided score with the reason.
 */
@Route(value = "interviews/chair", layout = MainLayout.class)
@RolesAllowed("CHAIR")
public class ChairScoreView extends VerticalLayout implements HasDynamicTitle {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final Grid<InterviewRow> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Paragraph rule = new Paragraph();
    final ScoreField decidedScore = new ScoreField("", HUNDRED, 2);
    final TextField reason = new TextField();
    private final transient GradingService grading;
    private final transient CampaignInfo campaign;
    private ChairSheet sheet;

    public ChairScoreView(GradingService grading, CampaignService campaigns) {
        this.grading = grading;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        grid.setId("chair-score-grid");
        InterviewRows.candidateColumns(grid, this::getTranslation);
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

    private void refresh() {
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

    private void run(Runnable action, Map<String, ? extends HasValidation> fields) {
        vn.thituyen.common.ui.Actions.run(action, "interview.saved", fields, this::refresh);
    }

    private Numbers numbers() {
        return new Numbers(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.chairScores");
    }
}
