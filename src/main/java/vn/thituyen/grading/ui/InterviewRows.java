package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.GradingService.InterviewRow;

/** What the member's sheet and the chair's sheet show alike: the candidate's columns, everyone's scores, a decision. */
final class InterviewRows {

    private InterviewRows() {
    }

    /** Candidate number, full name and position: the first columns of every marking grid. */
    static void candidateColumns(Grid<InterviewRow> grid, Function<String, String> t) {
        grid.addColumn(InterviewRow::candidateNumber).setHeader(t.apply("field.candidateNumber"));
        grid.addColumn(InterviewRow::fullName).setHeader(t.apply("field.fullName")).setAutoWidth(true);
        grid.addColumn(InterviewRow::positionName).setHeader(t.apply("field.position")).setAutoWidth(true);
    }

    /** "member: score; member: score" — shown only to whoever decides. */
    static String allScores(InterviewRow r, Numbers numbers) {
        return String.join("; ", r.allScores().stream().map(m -> m.member() + ": " + numbers.score(m.score()))
                .toList());
    }

    /** The decided score, its reason and the button, on one line. */
    static HorizontalLayout decision(ScoreField decidedScore, TextField reason, Button decide) {
        return vn.thituyen.common.ui.Rows.of(decidedScore, reason, decide);
    }
}
