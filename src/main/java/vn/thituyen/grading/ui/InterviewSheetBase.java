package vn.thituyen.grading.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.math.BigDecimal;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.GradingService.InterviewRow;

/**
 * What the member's interview sheet and the chair's sheet share: the campaign picker, the grid of candidates with
 * their first columns, the rule line, the decision's score and reason, and how a step reports its outcome.
 */
abstract class InterviewSheetBase extends VerticalLayout implements HasDynamicTitle {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final Grid<InterviewRow> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Paragraph rule = new Paragraph();
    final ScoreField decidedScore = new ScoreField("", HUNDRED, 2);
    final TextField reason = new TextField();
    final transient GradingService grading;
    final transient CampaignInfo campaign;

    /** The picker on top; with a campaign chosen, the grid with the candidate's columns (the caller adds the rest). */
    InterviewSheetBase(GradingService grading, CampaignService campaigns, String gridId) {
        this.grading = grading;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        grid.setId(gridId);
        InterviewRows.candidateColumns(grid, this::getTranslation);
    }

    abstract void refresh();

    /** Runs a step; its success is "saved", then the sheet is read again. */
    void run(Runnable action, Map<String, ? extends HasValidation> fields) {
        Actions.run(action, "interview.saved", fields, this::refresh);
    }

    Numbers numbers() {
        return new Numbers(getLocale());
    }
}
