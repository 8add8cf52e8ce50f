package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.registration.ApplicationStatus;

/**
 * Issue 14 in the views: a candidate's form refuses the post they already
 * hold next to the field; the managing agency's screen refuses a disguised letter and nominates with a PDF; the
 * form-review board decides each standard and concludes; the chair cannot let a post with one candidate go ahead.
 */
@ApplicationTest
class LeadershipViewsTest extends ViewTestBase {

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void fromThePostsThroughTheNominationToTheReviewOnScreen() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();

        // a candidate who already holds the post: told next to the field, nothing stored
        s.as("anonymous", vn.thituyen.identity.Role.CANDIDATE, () -> s.identity.signUpCandidate("holder-" + c.tag,
                Scenario.PASSWORD, "Trần Đức Lợi", "loi@example.vn"));
        s.chooseFor("holder-" + c.tag, c.id);
        signIn("holder-" + c.tag);
        MyApplicationView form = navigate("my-application", MyApplicationView.class);
        form.position.setValue(form.position.getListDataView().getItems().filter(p -> p.id() == l.post1())
                .findFirst().orElseThrow());
        _setValue(form.fullName, "Trần Đức Lợi");
        _setValue(form.dateOfBirth, java.time.LocalDate.of(1980, 5, 2));
        _setValue(form.sex, vn.thituyen.registration.ApplicationForm.Sex.MALE);
        _setValue(form.citizenId, s.nextCitizenId());
        _setValue(form.phone, "0912345678");
        _setValue(form.email, "loi@example.vn");
        _setValue(form.address, "Số 5 Lê Lợi, TP Hải Dương");
        _setValue(form.educationLevel, vn.thituyen.registration.ApplicationForm.EducationLevel.MASTER);
        _setValue(form.major, "Quản lý công");
        _setValue(form.currentTitle, "Trưởng phòng");
        _setValue(form.currentDivision, "Phòng Tổ chức cán bộ");
        _setValue(form.currentAgency, "Sở Y tế");
        form.managingAgency.setValue(form.managingAgency.getListDataView().getItems()
                .filter(a -> a.id() == l.agency1Id()).findFirst().orElseThrow());
        _click(button("submit-application"));
        assertThat(form.currentTitle.isInvalid()).isTrue();
        assertThat(form.currentTitle.getErrorMessage()).startsWith("Bạn đang giữ chính chức danh này");
        // as a deputy today, the same person's form goes through and waits for the agency
        _setValue(form.currentTitle, "Phó Trưởng phòng");
        _click(button("submit-application"));
        assertThat(notifications()).contains("Đã nộp phiếu đăng ký; cơ quan quản lý của bạn sẽ xem xét và cử dự thi.");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("nomination-status"))
                .getText()).isEqualTo("Cử dự thi: Chờ cơ quan quản lý cử (Sở Y tế (" + c.tag + "))");
        long app = s.jdbc.queryForObject("SELECT id FROM application WHERE campaign_id = ? AND full_name = ?",
                Long.class, c.id, "Trần Đức Lợi");

        // the agency: a PNG named .pdf is refused, a PDF is kept, then the nomination
        signIn(l.agency1());
        NominationsView nominations = navigate("nominations", NominationsView.class);
        GridKt._selectRow(nominations.grid, 0);
        assertThat(button("nominate").isEnabled()).isFalse();
        var upload = _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("letter-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "cong-van.pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(notifications()).anyMatch(n -> n.startsWith("Công văn cử phải là tệp PDF"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "cong-van.pdf",
                Scenario.pdf("Sở Y tế cử ông Trần Đức Lợi dự thi"));
        assertThat(notifications()).anyMatch(n -> n.startsWith("Đã tải công văn cử Trần Đức Lợi"));
        assertThat(button("nominate").isEnabled()).isTrue();
        _click(button("nominate"));
        assertThat(confirm()).contains("Trần Đức Lợi");
        assertThat(GridKt._getFormattedRow(nominations.grid, 0)).contains("Đã được cơ quan quản lý cử");

        // the form-review board: a refusal needs its reason, then every standard and the conclusion
        signIn(c.secretary);
        LeadershipReviewView review = navigate("leadership/review", LeadershipReviewView.class);
        GridKt._selectRow(review.grid, 0);
        _setValue(_get(TextField.class, spec -> spec.withId("evidence-6")), "Sinh năm 1980");
        _click(button("refuse-6"));
        assertThat(_get(TextField.class, spec -> spec.withId("reason-6")).isInvalid()).isTrue();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM standard_check WHERE application_id = ?", Long.class,
                app)).isZero();
        for (int n = 1; n <= 8; n++) {
            final int k = n;
            _setValue(_get(TextField.class, spec -> spec.withId("evidence-" + k)), "Hồ sơ cán bộ số " + k);
            _click(button("accept-" + k));
        }
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("standard-state-8"))
                .getText()).isEqualTo("Đạt");
        _click(button("conclude-review"));
        assertThat(notifications()).contains("Đã kết luận hồ sơ.");
        assertThat(s.asUser(c.secretary, () -> s.leadershipCandidates.candidacy(app)).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);

        // the chair: one eligible candidate for the head's post is not enough
        s.closeRegistration(c);
        signIn(c.chair);
        review = navigate("leadership/review", LeadershipReviewView.class);
        int postRow = GridKt._findAll(review.postGrid).stream().map(p -> p.post().positionId()).toList()
                .indexOf(l.post1());
        assertThat(GridKt._getFormattedRow(review.postGrid, postRow)).contains("Chưa đủ (cần 2)");
        GridKt._selectRow(review.postGrid, postRow);
        _click(button("decide-go-ahead"));
        assertThat(notifications()).anyMatch(n -> n.startsWith("Chức danh này chỉ có 1 thí sinh đủ điều kiện"));
        // the candidate sees each standard met
        signIn("holder-" + c.tag);
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("application-status"))
                .getText()).isEqualTo("Đủ điều kiện dự thi");
    }
}
