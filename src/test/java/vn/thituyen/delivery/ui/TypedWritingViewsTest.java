package vn.thituyen.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.TypedWriting;

/**
 * Issue 13 § 1 on the screens: the question board sets a typed paper (a wrong total is shown next to the field), the
 * secretary opens it, the candidate writes (each answer marked "saved" only after the server kept it), comes back to
 * the same text after a reload, hands in; the secretary closes the paper and the scripts are coded.
 */
@ApplicationTest
class TypedWritingViewsTest extends ViewTestBase {

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void aPaperIsSetOpenedWrittenResumedHandedInAndClosed() {
        Scenario.Campaign c = newCampaign(RuleSet.CIVIL_SERVANT_2025, Scenario.TYPED_AND_INTERVIEW);
        s.markingBoard(c);
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        String anUser = c.candidates.get(0);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);

        // the question board: the points must add up to 100, said next to the last points field
        signIn(c.author1);
        TypedPapersView board = navigate("written-papers", TypedPapersView.class);
        board.grid.select(GridKt._get(board.grid, 0));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-1-text")), "Phân tích vai trò của công chức.");
        _setValue(_get(TextField.class, spec -> spec.withId("question-1-points")), "60");
        _click(button("add-question"));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-2-text")), "Nêu các bước tuyển dụng.");
        _setValue(_get(TextField.class, spec -> spec.withId("question-2-points")), "30");
        _click(button("save-paper"));
        assertThat(error(_get(TextField.class, spec -> spec.withId("question-2-points"))))
                .isEqualTo("Tổng điểm các câu hỏi phải bằng điểm tối đa của phần thi.");
        _setValue(_get(TextField.class, spec -> spec.withId("question-2-points")), "40");
        _click(button("save-paper"));
        assertThat(notifications()).contains("Đã lưu đề thi.");
        assertThat(GridKt._getFormattedRow(board.grid, 0)).contains("Đã soạn đề, chưa mở");

        signIn(c.secretary);
        board = navigate("written-papers", TypedPapersView.class);
        board.grid.select(GridKt._get(board.grid, 0));
        _click(button("open-typed"));
        assertThat(confirm()).contains("180 phút");
        assertThat(notifications()).contains("Đã mở đề thi.");

        // the candidate writes; "saved at" only after the server kept it; a reload shows the same text
        signIn(anUser);
        TypedExamView exam = navigate("written-exam", TypedExamView.class);
        _click(button("start-typed-1"));
        assertThat(confirm()).contains("180 phút");
        TextArea answer1 = _get(TextArea.class, spec -> spec.withId("answer-1"));
        _setValue(answer1, "Công chức là người thực thi công vụ.\nThứ hai, …");
        assertThat(text(_get(Span.class, spec -> spec.withId("saved-1")))).startsWith("Đã lưu lúc");
        assertThat(text(_get(Span.class, spec -> spec.withId("saved-2")))).isEqualTo("Chưa có nội dung được lưu");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-2")), "x".repeat(TypedWriting.MAX_ANSWER + 1));
        assertThat(text(_get(Span.class, spec -> spec.withId("saved-2")))).startsWith("Chưa lưu được: Câu trả lời dài quá");
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-2")).getValue()).hasSize(TypedWriting.MAX_ANSWER + 1);

        exam = navigate("written-exam", TypedExamView.class);   // a reload
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-1")).getValue())
                .isEqualTo("Công chức là người thực thi công vụ.\nThứ hai, …");
        assertThat(text(_get(Span.class, spec -> spec.withId("typed-remaining")))).startsWith("Thời gian còn lại: 179 phút");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-2")), "Thông báo, nhận phiếu, thi hai vòng.");
        _click(button("hand-in-typed"));
        assertThat(confirm()).contains("không sửa được bài nữa");
        assertThat(notifications()).contains("Đã nộp bài phần thi 1.");
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("typed-paper-1"))))
                .contains("đã nộp bài lúc");
        assertThat(exam.answers).isEmpty();

        // the secretary closes the paper: the scripts are coded at once
        signIn(c.secretary);
        board = navigate("written-papers", TypedPapersView.class);
        board.grid.select(GridKt._get(board.grid, 0));
        _click(button("close-typed"));
        assertThat(confirm()).contains("1 bài thi");
        assertThat(notifications()).contains("Đã đóng đề; các bài thi đã được làm phách.");
        assertThat(GridKt._getFormattedRow(board.grid, 0)).contains("Đã đóng, đã làm phách");
    }
}
