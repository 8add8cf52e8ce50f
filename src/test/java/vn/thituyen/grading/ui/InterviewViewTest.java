package vn.thituyen.grading.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.grading.GradingService.InterviewRow;
import vn.thituyen.grading.GradingService.Round2Score;

/** Round-2 interview marking (route "interviews") by the board members. */
@ApplicationTest
class InterviewViewTest extends ViewTestBase {

    private static final String SCORE_RANGE = "Điểm từ 0 đến 100, tối đa 2 chữ số thập phân (ví dụ 74,5 hoặc 74.5)";

    private Scenario.Campaign c;
    private long phuc;
    private long quyen;
    private long phong;

    @BeforeEach
    void round1Done() {
        c = newCampaign();
        phuc = s.apply(c, c.position1, "Nguyễn Văn Phúc", null);
        quyen = s.apply(c, c.position1, "Trần Thị Quyên", null);
        phong = s.apply(c, c.position2, "Lê Văn Phong", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(phuc, 40, 20);
        s.sit(quyen, 35, 18);
        s.sit(phong, 20, 10);   // fails round 1
    }

    private InterviewView open(String grader) {
        signIn(grader);
        return navigate("interviews", InterviewView.class);
    }

    private static int rowOf(InterviewView v, long applicationId) {
        List<InterviewRow> rows = GridKt._findAll(v.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).applicationId() == applicationId) {
                return i;
            }
        }
        throw new AssertionError("no row for " + applicationId);
    }

    private static void select(InterviewView v, long applicationId) {
        GridKt._selectRow(v.grid, rowOf(v, applicationId));
    }

    private static List<String> row(InterviewView v, long applicationId) {
        return GridKt._getFormattedRow(v.grid, rowOf(v, applicationId));
    }

    private static void enter(InterviewView v, long applicationId, String score) {
        select(v, applicationId);
        _setValue(v.score, score);
        _click(_get(Button.class, spec -> spec.withId("save-score")));
    }

    private Round2Score round2(long applicationId) {
        return s.grading.round2Scores(c.id).get(applicationId);
    }

    @Test
    void aMemberSeesOnlyCandidatesWhoPassedRound1() {
        InterviewView v = open(c.grader2);

        assertThat(GridKt._findAll(v.grid)).extracting(InterviewRow::fullName)
                .containsExactlyInAnyOrder("Nguyễn Văn Phúc", "Trần Thị Quyên");
        assertThat(row(v, phuc)).contains("Nguyễn Văn Phúc", "Chuyên viên tổ chức cán bộ", "0/2",
                "Chờ đủ thành viên chấm");
        assertThat(screenText()).doesNotContain("Lê Văn Phong");
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(strings = {"101", "-1", "100.01", "70.555"})
    void anOutOfRangeScoreIsRefusedOnTheScoreField(String score) {
        InterviewView v = open(c.grader2);

        enter(v, phuc, score);

        assertThat(v.score.isInvalid()).isTrue();
        assertThat(v.score.getErrorMessage()).isEqualTo(SCORE_RANGE);
        assertThat(round2(phuc)).isNull();
        assertThat(row(v, phuc)).contains("0/2");
    }

    @ParameterizedTest(name = "typed {0}")
    @ValueSource(strings = {"74.5", "74,5", " 74,5 "})
    void aDecimalScoreIsReadTheSameWithACommaOrAPoint(String typed) {
        InterviewView v = open(c.grader2);
        enter(v, phuc, typed);
        assertThat(v.score.isInvalid()).isFalse();
        assertThat(row(v, phuc).get(3)).as("shown the Vietnamese way").isEqualTo("74,5");
        assertThat(s.asUser(c.grader2, () -> s.grading.mySheet(c.id)).rows().stream()
                .filter(r -> r.applicationId() == phuc).findFirst().orElseThrow().myScore())
                .isEqualByComparingTo("74.5");
    }

    @ParameterizedTest(name = "typed {0}")
    @ValueSource(strings = {"74.5.1", "7,455", "1.000", "abc"})
    void aTextThatIsNoScoreIsMarkedAndNothingIsSaved(String typed) {
        InterviewView v = open(c.grader2);
        enter(v, phuc, typed);
        assertThat(v.score.isInvalid()).isTrue();
        assertThat(v.score.getErrorMessage()).isEqualTo(SCORE_RANGE);
        assertThat(row(v, phuc)).contains("0/2");
    }

    @Test
    void theBoundariesZeroAndHundredAreAccepted() {
        InterviewView v = open(c.grader2);
        enter(v, phuc, "100");
        enter(v, quyen, "0");

        assertThat(row(v, phuc).get(3)).isEqualTo("100");
        assertThat(row(v, quyen).get(3)).isEqualTo("0");
    }

    @Test
    void twoScoresWithinFivePointsGiveTheirMean() {
        InterviewView member = open(c.grader2);
        enter(member, phuc, "77");
        assertThat(notifications()).contains("Đã lưu.");
        assertThat(row(member, phuc)).contains("77", "1/2", "Chờ đủ thành viên chấm");
        assertThat(round2(phuc).score()).isNull();

        InterviewView head = open(c.grader1);
        // members score alone: the head does not see the other score before entering one
        assertThat(row(head, phuc).get(3)).isEmpty();
        enter(head, phuc, "80");

        assertThat(row(head, phuc)).contains("80", "2/2", "Điểm: 78,5 (chênh lệch 3)");
        assertThat(round2(phuc).score()).isEqualByComparingTo("78.5");
        select(head, phuc);
        _assertNone(Button.class, spec -> spec.withId("decide-score"));
    }

    @Test
    void aSpreadOverFiveWaitsForTheHeadWhoDecidesWithAReason() {
        InterviewView member = open(c.grader2);
        enter(member, quyen, "60");
        InterviewView head = open(c.grader1);
        enter(head, quyen, "70");

        assertThat(row(head, quyen)).contains("Chênh lệch 10 điểm – chờ Trưởng ban quyết định");
        assertThat(round2(quyen).score()).isNull();

        // the member sees the state but no decision form, and not the others' scores
        member = open(c.grader2);
        assertThat(row(member, quyen)).contains("60", "Chênh lệch 10 điểm – chờ Trưởng ban quyết định");
        select(member, quyen);
        _assertNone(Button.class, spec -> spec.withId("decide-score"));
        assertThat(screenText()).doesNotContain("Điểm của các thành viên");

        // the head sees every score and the decision form
        head = open(c.grader1);
        select(head, quyen);
        assertThat(screenText()).contains("Điểm của các thành viên: ").contains("Hoàng Thành Viên: 60")
                .contains("Đỗ Trưởng Ban: 70");
        Button decide = _get(Button.class, spec -> spec.withId("decide-score"));

        // without a reason: refused on the reason field
        _setValue(head.decidedScore, "66,5");
        _click(decide);
        assertThat(head.reason.isInvalid()).isTrue();
        assertThat(head.reason.getErrorMessage()).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(head.decidedScore.isInvalid()).isFalse();
        assertThat(round2(quyen).score()).isNull();

        // an out-of-range decided score is refused too
        _setValue(head.decidedScore, "120");
        _setValue(head.reason, "Ban thống nhất sau khi trao đổi");
        _click(decide);
        assertThat(head.decidedScore.getErrorMessage()).isEqualTo(SCORE_RANGE);
        assertThat(head.decidedScore.isInvalid()).isTrue();
        assertThat(round2(quyen).score()).isNull();

        // with a reason
        _setValue(head.decidedScore, "66,5");
        _click(decide);
        assertThat(row(head, quyen)).contains("Điểm do Trưởng ban quyết định: 66,5 (chênh lệch 10)");
        assertThat(round2(quyen).score()).isEqualByComparingTo("66.5");
    }
}
