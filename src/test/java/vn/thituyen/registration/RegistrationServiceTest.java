package vn.thituyen.registration;

import vn.thituyen.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;

/** Registration on the real database: bad input stores nothing; one application per candidate and campaign. */
@ApplicationTest
class RegistrationServiceTest {

    @Autowired Scenario s;
    @Autowired RegistrationService registration;

    @Test
    void aSecondApplicationIsRefusedAndNotStored() {
        Scenario.Campaign c = s.newCampaign();
        s.apply(c, c.position1, "Bùi Thị Thu", null);
        String user = c.candidates.get(0);
        assertThatThrownBy(() -> s.asUser(user, () -> registration.submit(c.id, s.form(c.position2, "Bùi Thị Thu"))))
                .isInstanceOf(DomainException.class).hasMessage("error.registration.duplicate");
        assertThat(s.asUser(c.secretary, () -> registration.applications(c.id))).hasSize(1);
    }

    @Test
    void theSameCitizenIdCannotApplyTwiceFromTwoAccounts() {
        Scenario.Campaign c = s.newCampaign();
        var form = s.form(c.position1, "Đinh Văn Long");
        s.apply(c, form);
        assertThatThrownBy(() -> s.apply(c, form)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("citizenId", "validation.citizenId.taken"));
        assertThat(s.asUser(c.secretary, () -> registration.applications(c.id))).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Scenario.Campaign c = s.newCampaign();
        var good = s.form(c.position1, "Mai Anh");
        var bad = new ApplicationForm(c.position1, "<script>alert(1)</script>", LocalDate.now(s.clock).plusDays(1),
                good.sex(), good.ethnicity(), "12345", good.phone(), good.email(), "x".repeat(10_000),
                good.educationLevel(), good.major(), null, Exemption.NONE, null, ForeignLanguage.ENGLISH);
        assertThatThrownBy(() -> s.apply(c, bad)).isInstanceOfSatisfying(FieldErrors.class, e ->
                assertThat(e.errors()).containsEntry("fullName", "validation.name.chars")
                        .containsEntry("dateOfBirth", "validation.dob.future")
                        .containsEntry("citizenId", "validation.citizenId")
                        .containsEntry("address", "validation.tooLong"));
        assertThat(s.asUser(c.secretary, () -> registration.applications(c.id))).isEmpty();
    }

    @Test
    void applicationsOutsideTheWindowAreRefused() {
        Scenario.Campaign c = s.newCampaign();
        s.clock.advance(Duration.ofDays(31));
        try {
            assertThatThrownBy(() -> s.apply(c, s.form(c.position1, "Tạ Quang Bửu")))
                    .isInstanceOf(DomainException.class).hasMessage("error.registration.closed");
            assertThat(s.asUser(c.secretary, () -> registration.applications(c.id))).isEmpty();
        } finally {
            s.clock.advance(Duration.ofDays(-31));
        }
    }

    @Test
    void aCandidateReachesOnlyTheirOwnApplication() {
        Scenario.Campaign c = s.newCampaign();
        s.apply(c, c.position1, "Lý Thường Kiệt", null);
        s.apply(c, c.position2, "Trần Hưng Đạo", null);
        var mine = s.asUser(c.candidates.get(1), () -> registration.myApplication(c.id)).orElseThrow();
        assertThat(mine.fullName()).isEqualTo("Trần Hưng Đạo");
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> registration.applications(c.id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> {
            registration.accept(mine.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publishingNeedsEveryApplicationReviewedThenNumbersAndRoomsAreAssigned() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position2, "Võ Thị Sáu", null);
        long b = s.apply(c, c.position1, "Nguyễn Văn Trỗi", null);
        s.closeRegistration(c);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            registration.publishEligibleList(c.id);
            return null;
        })).hasMessage("error.review.pending");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            registration.reject(a, "  ");
            return null;
        })).isInstanceOf(FieldErrors.class);
        s.asUser(c.secretary, () -> {
            registration.reject(a, "Không đúng chuyên ngành đào tạo");
            registration.accept(b);
            registration.publishEligibleList(c.id);
            return null;
        });
        var rejected = s.asUser(c.candidates.get(0), () -> registration.myApplication(c.id)).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Không đúng chuyên ngành đào tạo");
        assertThat(rejected.candidateNumber()).isNull();
        var accepted = s.asUser(c.candidates.get(1), () -> registration.myApplication(c.id)).orElseThrow();
        assertThat(accepted.candidateNumber()).isEqualTo("TS0001");
        assertThat(accepted.roomName()).isEqualTo("Phòng 01");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            registration.accept(a);
            return null;
        })).hasMessage("error.review.published");
    }
}
