package vn.thituyen.registration.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.RegistrationService.MyApplication;

/** The candidate's registration form (route "my-application"): what the candidate sees and what is stored. */
@ApplicationTest
class MyApplicationViewTest extends ViewTestBase {

    private static final String REQUIRED = "Vui lòng nhập thông tin này";

    private Scenario.Campaign c;
    private String username;

    @BeforeEach
    void candidateSignedIn() {
        c = newCampaign();
        username = "cand-" + c.tag;
        s.as("anonymous", Role.CANDIDATE, () -> s.identity.signUpCandidate(username, Scenario.PASSWORD,
                "Nguyễn Thị Thu Hà", "ha@example.vn"));
        s.chooseFor(username, c.id);
        signIn(username);
    }

    private MyApplicationView openForm() {
        return navigate("my-application", MyApplicationView.class);
    }

    /** Fills every required field with valid values (the name is prefilled from the account). */
    private MyApplicationView validForm() {
        return validForm(c);
    }

    private MyApplicationView validForm(Scenario.Campaign c) {
        MyApplicationView v = openForm();
        _setValue(v.position, s.campaigns.positions(c.id).get(0));
        _setValue(v.dateOfBirth, LocalDate.of(1996, 5, 19));
        _setValue(v.sex, Sex.FEMALE);
        _setValue(v.citizenId, s.nextCitizenId());
        _setValue(v.phone, "0912 345 678");
        _setValue(v.email, "ha@example.vn");
        _setValue(v.address, "Số 12 phố Hàng Bài, phường Tràng Tiền, Hà Nội");
        _setValue(v.educationLevel, EducationLevel.BACHELOR);
        _setValue(v.major, "Quản lý nhà nước");
        return v;
    }

    private java.util.Optional<MyApplication> stored() {
        return s.registration.myApplication(c.id);
    }

    private long storedForCampaign() {
        return s.asUser(c.secretary, () -> s.registration.applications(c.id)).size();
    }

    /** Submits; no exception may escape to the user. */
    private static void submit(MyApplicationView v) {
        assertThatCode(() -> _click(v.submit)).doesNotThrowAnyException();
    }

    private static void assertOnlyInvalid(MyApplicationView v, String field, String message) {
        Map<String, HasValidation> fields = v.fields();
        assertThat(fields.get(field).isInvalid()).as(field + " invalid").isTrue();
        assertThat(fields.get(field).getErrorMessage()).isEqualTo(message);
        fields.forEach((name, f) -> {
            if (!name.equals(field)) {
                assertThat(f.isInvalid()).as(name + " should be valid").isFalse();
            }
        });
    }

    // ------------------------------------------------------------------ the good path

    @Test
    void aValidFormIsSubmittedAndItsStatusShown() {
        MyApplicationView v = validForm();
        assertThat(v.fullName.getValue()).isEqualTo("Nguyễn Thị Thu Hà");

        submit(v);

        assertThat(notifications()).contains("Đã nộp phiếu đăng ký.");
        assertThat(_get(Span.class, spec -> spec.withId("application-status")).getText())
                .isEqualTo("Đã nộp, chờ xét duyệt");
        _assertNone(Button.class, spec -> spec.withId("submit-application"));
        assertThat(screenText()).contains("Chuyên viên tổ chức cán bộ", "19/05/1996", "0912345678");
        MyApplication a = stored().orElseThrow();
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.fullName()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(a.positionId()).isEqualTo(c.position1);
        assertThat(a.dateOfBirth()).isEqualTo(LocalDate.of(1996, 5, 19));
        assertThat(a.major()).isEqualTo("Quản lý nhà nước");

        // coming back later shows the status, not a new form
        signIn(username);
        openForm();
        assertThat(_get(Span.class, spec -> spec.withId("application-status")).getText())
                .isEqualTo("Đã nộp, chờ xét duyệt");
        _assertNone(Button.class, spec -> spec.withId("submit-application"));
    }

    /** ND 170/2025/NĐ-CP: round 1 is general knowledge only; the 2025 form asks for no language and no exemption. */
    @Test
    void a2025FormAsksForNoForeignLanguage() {
        Scenario.Campaign c25 = newCampaign(vn.thituyen.campaign.RuleSet.CIVIL_SERVANT_2025);
        s.chooseFor(username, c25.id);
        signIn(username);
        MyApplicationView v = validForm(c25);
        assertThat(v.foreignLanguage.isVisible()).isFalse();
        assertThat(v.exemption.isVisible()).isFalse();

        submit(v);

        assertThat(notifications()).contains("Đã nộp phiếu đăng ký.");
        MyApplication a = s.registration.myApplication(c25.id).orElseThrow();
        assertThat(a.foreignLanguage()).isEqualTo(vn.thituyen.registration.ApplicationForm.ForeignLanguage.NONE);
        assertThat(a.exemption()).isEqualTo(vn.thituyen.registration.ApplicationForm.Exemption.NONE);
        assertThat(screenText()).contains("Đã nộp, chờ xét duyệt").doesNotContain("Ngoại ngữ");
        // the service says so too, next to the field, when a client sends the exemption anyway
        var f = new vn.thituyen.registration.ApplicationForm(c25.position2, "Trần Văn Nam", LocalDate.of(1995, 1, 2),
                Sex.MALE, "Kinh", s.nextCitizenId(), "0912345679", "nam@example.vn", "Số 1 phố Huế, Hà Nội",
                EducationLevel.BACHELOR, "Luật", null, vn.thituyen.registration.ApplicationForm.Exemption.FOREIGN_LANGUAGE,
                "Cử nhân ngôn ngữ Anh", vn.thituyen.registration.ApplicationForm.ForeignLanguage.ENGLISH);
        assertThatThrownBy(() -> s.registration.revise(c25.id, f))
                .isInstanceOfSatisfying(vn.thituyen.common.FieldErrors.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("exemption"));
    }

    // ------------------------------------------------------------------ bad input, one field at a time

    static Stream<Arguments> badCitizenIds() {
        return Stream.of(
                Arguments.of("03009512345", "Số CCCD gồm đúng 12 chữ số"),
                Arguments.of("0300951234AB", "Số CCCD gồm đúng 12 chữ số"),
                Arguments.of("030-095-1234", "Số CCCD gồm đúng 12 chữ số"),
                Arguments.of("097095123456", "Số CCCD không hợp lệ: 3 chữ số đầu là mã tỉnh, từ 001 đến 096"),
                Arguments.of("000095123456", "Số CCCD không hợp lệ: 3 chữ số đầu là mã tỉnh, từ 001 đến 096"));
    }

    @ParameterizedTest(name = "CCCD \"{0}\"")
    @MethodSource("badCitizenIds")
    void anInvalidCitizenIdIsMarkedOnItsField(String citizenId, String message) {
        MyApplicationView v = validForm();
        _setValue(v.citizenId, citizenId);

        submit(v);

        assertOnlyInvalid(v, "citizenId", message);
        assertThat(stored()).isEmpty();
        _get(Button.class, spec -> spec.withId("submit-application"));
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        MyApplicationView v = validForm();
        _setValue(v.dateOfBirth, LocalDate.now(s.clock).plusDays(1));

        submit(v);

        assertOnlyInvalid(v, "dateOfBirth", "Ngày sinh không được ở tương lai");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aCandidateUnder18IsRefused() {
        MyApplicationView v = validForm();
        _setValue(v.dateOfBirth, LocalDate.now(s.clock).minusYears(18).plusDays(1));

        submit(v);

        assertOnlyInvalid(v, "dateOfBirth", "Người dự tuyển phải đủ 18 tuổi trở lên");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aCandidateTurning18TodayIsAccepted() {
        MyApplicationView v = validForm();
        _setValue(v.dateOfBirth, LocalDate.now(s.clock).minusYears(18));

        submit(v);

        assertThat(stored()).isPresent();
    }

    @Test
    void anEmptyFormMarksEveryRequiredField() {
        MyApplicationView v = openForm();
        _setValue(v.fullName, "");
        _setValue(v.ethnicity, "");

        submit(v);

        Map<String, HasValidation> fields = v.fields();
        for (String name : java.util.List.of("position", "fullName", "dateOfBirth", "sex", "ethnicity", "citizenId",
                "phone", "email", "address", "educationLevel", "major")) {
            assertThat(fields.get(name).isInvalid()).as(name).isTrue();
            assertThat(fields.get(name).getErrorMessage()).as(name).isEqualTo(REQUIRED);
        }
        assertThat(v.foreignLanguage.isInvalid()).isFalse();
        assertThat(v.priority.isInvalid()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aTenThousandCharacterNameIsRefused() {
        MyApplicationView v = validForm();
        _setValue(v.fullName, "Nguyễn Văn " + "A".repeat(10_000 - 11));

        submit(v);

        assertOnlyInvalid(v, "fullName", "Họ và tên không quá 100 ký tự");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aScriptTagInTheNameIsRefused() {
        MyApplicationView v = validForm();
        _setValue(v.fullName, "<script>alert('xss')</script>");

        submit(v);

        assertOnlyInvalid(v, "fullName",
                "Họ và tên chỉ gồm chữ cái (có dấu), khoảng trắng, dấu nháy đơn, gạch ngang");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aScriptTagInTheAddressIsRefused() {
        MyApplicationView v = validForm();
        _setValue(v.address, "Số 1 <script>document.location='http://evil'</script>");

        submit(v);

        assertOnlyInvalid(v, "address", "Nội dung chứa ký tự không được phép (< > hoặc ký tự điều khiển)");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aSecondApplicationBySameCandidateIsRefused() {
        MyApplicationView v = validForm();
        // meanwhile the same candidate submitted from another tab
        long first = s.registration.submit(c.id, s.form(c.position2, "Nguyễn Thị Thu Hà"));

        submit(v);

        assertThat(notifications()).contains("Mỗi thí sinh chỉ được nộp một phiếu đăng ký trong một kỳ tuyển dụng; "
                + "bạn đã nộp phiếu.");
        assertThat(storedForCampaign()).isEqualTo(1);
        assertThat(stored()).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo(first);
            assertThat(a.positionId()).isEqualTo(c.position2);
        });
    }

    @Test
    void aCitizenIdAlreadyUsedInTheCampaignIsRefused() {
        String taken = s.nextCitizenId();
        s.apply(c, new vn.thituyen.registration.ApplicationForm(c.position1, "Trần Văn Khánh", LocalDate.of(1990, 1,
                1), Sex.MALE, "Kinh", taken, "0987654321", "k@example.vn", "Hải Phòng", EducationLevel.MASTER, "Luật",
                null, vn.thituyen.registration.ApplicationForm.Exemption.NONE, null,
                vn.thituyen.registration.ApplicationForm.ForeignLanguage.ENGLISH));
        MyApplicationView v = validForm();
        _setValue(v.citizenId, taken);

        submit(v);

        assertOnlyInvalid(v, "citizenId", "Số CCCD này đã đăng ký trong kỳ tuyển dụng");
        assertThat(stored()).isEmpty();
    }

    // ------------------------------------------------------------------ the registration window

    @Test
    void afterTheDeadlineTheFormIsClosedAndTheServiceRefuses() {
        timePasses(Duration.ofDays(31));
        signIn(username);

        openForm();

        assertThat(_get(Paragraph.class, spec -> spec.withId("registration-closed")).getText())
                .isEqualTo("Ngoài thời hạn nhận phiếu đăng ký dự tuyển.");
        _assertNone(Button.class, spec -> spec.withId("submit-application"));
        assertThatThrownBy(() -> s.registration.submit(c.id, s.form(c.position1, "Nguyễn Thị Thu Hà")))
                .isInstanceOf(DomainException.class).hasMessage("error.registration.closed");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFormOpenedBeforeTheDeadlineButSentAfterIsRefused() {
        MyApplicationView v = validForm();
        timePasses(Duration.ofDays(31));

        submit(v);

        assertThat(notifications()).contains("Ngoài thời hạn nhận phiếu đăng ký dự tuyển.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void whileRegistrationIsOpenTheCandidateEditsWithdrawsAndSubmitsAgain() {
        submit(validForm());
        MyApplicationView v = openForm();
        _click(_get(Button.class, spec -> spec.withId("edit-application")));
        assertThat(v.citizenId.getValue()).as("the form comes back filled in").isEqualTo(stored().orElseThrow()
                .citizenId());
        _setValue(v.position, s.campaigns.positions(c.id).get(1));
        _setValue(v.major, "Luật");
        _click(v.submit);
        assertThat(stored().orElseThrow().positionId()).isEqualTo(c.position2);
        assertThat(stored().orElseThrow().major()).isEqualTo("Luật");
        assertThat(storedForCampaign()).as("still one application").isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("withdraw-application")));
        assertThat(confirm()).startsWith("Rút phiếu đăng ký dự tuyển");
        assertThat(stored().orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(_get(Span.class, spec -> spec.withId("application-status")).getText()).isEqualTo("Đã rút hồ sơ");
        // the secretary does not review a withdrawn application
        long id = stored().orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.registration.accept(id);
            return null;
        })).hasMessage("error.review.withdrawn");

        _click(_get(Button.class, spec -> spec.withId("edit-application")));
        _click(_get(MyApplicationView.class).submit);
        assertThat(stored().orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);

        // reviewed: nothing changes any more
        s.asUser(c.secretary, () -> {
            s.registration.accept(id);
            return null;
        });
        openForm();
        _assertNone(Button.class, spec -> spec.withId("edit-application"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.registration.withdraw(c.id))
                .hasMessage("error.registration.notChangeable");
    }

    @Test
    void afterTheWindowNothingIsEditedOrWithdrawn() {
        submit(validForm());
        timePasses(Duration.ofDays(31));
        openForm();
        _assertNone(Button.class, spec -> spec.withId("edit-application"));
        _assertNone(Button.class, spec -> spec.withId("withdraw-application"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.registration.withdraw(c.id))
                .hasMessage("error.registration.closed");
        assertThat(stored().orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }
}
