package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.JointAgencies;
import vn.thituyen.campaign.JointAgency;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.AgencyPreferences;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Sex;

/**
 * A candidate applying to a joint position (ND 170/2025/NĐ-CP) orders its agencies on the form with buttons (each one
 * a keyboard stop with a spoken name); the order is stored with the application and shown to the candidate and to the
 * review board.
 */
@ApplicationTest
class AgencyOrderViewTest extends ViewTestBase {

    private Scenario.Campaign c;
    private String username;
    private Map<String, Long> agency;

    @BeforeEach
    void candidateSignedIn() {
        c = s.newJointCampaign("Sở Tư pháp: 1\nSở Tài chính: 1\nSở Xây dựng: 2");
        agency = ctx.getBean(JointAgencies.class).of(c.position2).stream()
                .collect(Collectors.toMap(JointAgency::name, JointAgency::id));
        username = "cand-" + c.tag;
        s.as("anonymous", Role.CANDIDATE, () -> s.identity.signUpCandidate(username, Scenario.PASSWORD,
                "Nguyễn Thị Thu Hà", "ha@example.vn"));
        s.chooseFor(username, c.id);
        signIn(username);
    }

    private MyApplicationView formFor(long positionId) {
        MyApplicationView v = navigate("my-application", MyApplicationView.class);
        _setValue(v.position, s.campaigns.position(positionId));
        _setValue(v.dateOfBirth, LocalDate.of(1996, 5, 19));
        _setValue(v.sex, Sex.FEMALE);
        _setValue(v.citizenId, s.nextCitizenId());
        _setValue(v.phone, "0912 345 678");
        _setValue(v.email, "ha@example.vn");
        _setValue(v.address, "Số 12 phố Hàng Bài, phường Tràng Tiền, Hà Nội");
        _setValue(v.educationLevel, EducationLevel.BACHELOR);
        _setValue(v.major, "Luật");
        return v;
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private String rank(int n) {
        return _get(Span.class, spec -> spec.withId("agency-rank-" + n)).getText();
    }

    @Test
    void anOrdinaryPositionAsksForNoOrder() {
        MyApplicationView v = formFor(c.position1);
        assertThat(v.agencyOrder.isVisible()).isFalse();
        _click(v.submit);
        assertThat(notifications()).contains("Đã nộp phiếu đăng ký.");
    }

    @Test
    void theCandidateOrdersTheAgenciesWithButtonsAndTheOrderIsKept() {
        MyApplicationView v = formFor(c.position2);
        assertThat(v.agencyOrder.isVisible()).isTrue();
        long tp = agency.get("Sở Tư pháp");
        long tc = agency.get("Sở Tài chính");
        long xd = agency.get("Sở Xây dựng");

        // none listed: refused next to the list, nothing stored
        _click(v.submit);
        assertThat(v.agencyOrder.isInvalid()).isTrue();
        assertThat(v.agencyOrder.getErrorMessage()).isEqualTo("Hãy xếp ít nhất một cơ quan theo thứ tự nguyện vọng.");
        assertThat(s.registration.myApplication(c.id)).isEmpty();

        _click(button("agency-add-" + tp));
        _click(button("agency-add-" + xd));
        _click(button("agency-add-" + tc));
        assertThat(rank(1)).isEqualTo("Nguyện vọng 1: Sở Tư pháp (1 chỉ tiêu)");
        assertThat(rank(3)).isEqualTo("Nguyện vọng 3: Sở Tài chính (1 chỉ tiêu)");
        // Sở Tài chính up to first place, one step at a time; the focus stays on the button pressed
        Button up = button("agency-up-" + tc);
        assertThat(up.getAriaLabel()).contains("Chuyển Sở Tài chính lên một bậc");
        _click(up);
        _click(button("agency-up-" + tc));
        assertThat(button("agency-up-" + tc).isEnabled()).isFalse();   // already first
        assertThat(button("agency-down-" + xd).isEnabled()).isFalse();   // already last
        _click(button("agency-remove-" + xd));
        assertThat(rank(1)).isEqualTo("Nguyện vọng 1: Sở Tài chính (1 chỉ tiêu)");
        assertThat(rank(2)).isEqualTo("Nguyện vọng 2: Sở Tư pháp (1 chỉ tiêu)");
        assertThat(v.agencyOrder.getValue()).containsExactly(tc, tp);

        _click(v.submit);
        assertThat(notifications()).contains("Đã nộp phiếu đăng ký.");
        assertThat(s.asUser(username, () -> ctx.getBean(AgencyPreferences.class).mine(c.id)))
                .extracting(JointAgency::id).containsExactly(tc, tp);
        // the candidate's page shows the order
        assertThat(_get(Span.class, spec -> spec.withId("my-preferences")).getText())
                .isEqualTo("1. Sở Tài chính; 2. Sở Tư pháp");

        // the review board sees it beside the form
        long applicationId = s.registration.myApplication(c.id).orElseThrow().id();
        signIn(c.secretary);
        ReviewView review = navigate("review", ReviewView.class);
        GridKt._select(review.grid, GridKt._findAll(review.grid).stream().filter(a -> a.id() == applicationId)
                .findFirst().orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withId("applicant-preferences")).getText())
                .isEqualTo("Nguyện vọng: 1. Sở Tài chính; 2. Sở Tư pháp");
    }

    @Test
    void editingTheFormShowsTheOrderAndAChangeIsANewVersion() {
        long tp = agency.get("Sở Tư pháp");
        long tc = agency.get("Sở Tài chính");
        MyApplicationView v = formFor(c.position2);
        _click(button("agency-add-" + tp));
        _click(v.submit);
        _click(button("edit-application"));
        MyApplicationView again = _get(MyApplicationView.class);
        assertThat(again.agencyOrder.getValue()).containsExactly(tp);
        _click(button("agency-add-" + tc));
        _click(button("agency-up-" + tc));
        _click(again.submit);
        assertThat(s.asUser(username, () -> ctx.getBean(AgencyPreferences.class).mine(c.id)))
                .extracting(JointAgency::id).containsExactly(tc, tp);
        long applicationId = s.registration.myApplication(c.id).orElseThrow().id();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM agency_preference WHERE application_id = ?",
                Integer.class, applicationId)).isEqualTo(2);
        List<String> orders = s.jdbc.queryForList("SELECT agency_ids FROM agency_preference WHERE application_id = ?"
                + " ORDER BY version", String.class, applicationId);
        assertThat(orders).containsExactly(String.valueOf(tp), tc + "," + tp);
    }
}
