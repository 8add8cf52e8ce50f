package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;

/**
 * Issue 11 § 4: after the eligible list is published, the secretary corrects a decision with a reason; each
 * correction is a new, audited version of the list, and the candidate's number, room and parts follow it.
 */
@ApplicationTest
class EligibleListCorrectionTest {

    @Autowired Scenario s;

    private ApplicationForm exempt(Scenario.Campaign c, String name) {
        ApplicationForm f = s.form(c.position1, name);
        return new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(), f.ethnicity(),
                f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), null,
                Exemption.FOREIGN_LANGUAGE, "Chứng chỉ tiếng Anh B1", ForeignLanguage.ENGLISH);
    }

    private RegistrationService.MyApplication app(Scenario.Campaign c, long id) {
        return s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream().filter(a -> a.id() == id)
                .findFirst().orElseThrow();
    }

    private int correct(Scenario.Campaign c, long id, Correction what, String reason) {
        return s.asUser(c.secretary, () -> s.registration.correct(id, what, reason));
    }

    @Test
    void aRefusedExemptionAfterPublicationMakesAVersionAndTheCandidateSitsThePart() {
        Scenario.Campaign c = s.newCampaign();
        long exemptOne = s.apply(c, exempt(c, "Lý Công Uẩn"));
        long rejected = s.apply(c, c.position1, "Mạc Đăng Dung", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.accept(exemptOne);
            s.registration.decideExemption(exemptOne, true);
            s.registration.reject(rejected, "Thiếu bằng tốt nghiệp");
            s.registration.publishEligibleList(c.id);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListVersions(c.id)))
                .extracting(RegistrationService.ListVersion::version, RegistrationService.ListVersion::correction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "PUBLISHED"));

        // no reason: refused next to the field, nothing changes
        assertThatThrownBy(() -> correct(c, exemptOne, Correction.REFUSE_EXEMPTION, " "))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThat(app(c, exemptOne).exemptionStatus()).isEqualTo(ClaimStatus.CONFIRMED);

        // the exemption was wrong: version 2, and the candidate sits the language part, in English
        assertThat(correct(c, exemptOne, Correction.REFUSE_EXEMPTION,
                "Chứng chỉ không đúng quy định, Biên bản số 7/BB-HĐTD")).isEqualTo(2);
        assertThat(app(c, exemptOne).exemptionStatus()).isEqualTo(ClaimStatus.REFUSED);
        // the rejected form was complete after all: version 3, the next number and a room with space
        assertThat(correct(c, rejected, Correction.ACCEPT, "Đã nộp bổ sung bằng tốt nghiệp")).isEqualTo(3);
        RegistrationService.MyApplication late = app(c, rejected);
        assertThat(late.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(late.candidateNumber()).isEqualTo("TS0002");
        assertThat(late.roomName()).isEqualTo("Phòng 01");
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListVersions(c.id)))
                .extracting(RegistrationService.ListVersion::version, RegistrationService.ListVersion::fullName,
                        RegistrationService.ListVersion::correction, RegistrationService.ListVersion::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null, "PUBLISHED", c.secretary),
                        org.assertj.core.groups.Tuple.tuple(2, "Lý Công Uẩn", "REFUSE_EXEMPTION", c.secretary),
                        org.assertj.core.groups.Tuple.tuple(3, "Mạc Đăng Dung", "ACCEPT", c.secretary));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'EligibleListCorrected'"
                + " AND details LIKE ?", Integer.class, "campaignId=" + c.id + ";%")).isEqualTo(2);

        // the room is prepared and sat with both: the corrected candidate sits both parts
        s.assignInvigilator(c);
        s.openSittings(c);
        s.sit(exemptOne, 30, 15);
        assertThat(s.asExaminee(s.attemptOf(exemptOne), s.delivery::screen).parts())
                .extracting(ExamScreen.PartSummary::state)
                .containsExactly(ExamScreen.PartState.CLOSED, ExamScreen.PartState.CLOSED);
        assertThat(s.asUser(c.secretary, () -> s.registration.candidatesInRoom(
                s.registration.rooms(c.id).get(0).id()))).extracting(CandidateInfo::candidateNumber)
                .containsExactly("TS0001", "TS0002");

        // once the room is prepared, who sits there and what they sit no longer change
        assertThatThrownBy(() -> correct(c, rejected, Correction.REJECT, "Phát hiện hồ sơ giả"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.review.roomPrepared"));
        // a correction that is no change is refused with the reason
        assertThatThrownBy(() -> correct(c, exemptOne, Correction.REFUSE_EXEMPTION, "Lặp lại"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.review.correction.same"));
    }

    @Test
    void aRejectionAfterPublicationTakesTheCandidateOffTheListAndOutOfTheRoom() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Hồ Quý Ly", null);
        long b = s.apply(c, c.position2, "Trần Khát Chân", null);
        s.acceptAllAndPublish(c);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.registration.reject(a, "Không đủ điều kiện");
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.review.published"));
        assertThat(correct(c, a, Correction.REJECT, "Quá tuổi dự tuyển theo quy định")).isEqualTo(2);
        RegistrationService.MyApplication off = app(c, a);
        assertThat(off.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(off.rejectionReason()).isEqualTo("Quá tuổi dự tuyển theo quy định");
        assertThat(off.roomName()).isNull();
        assertThat(s.registration.eligibleCandidates(c.id)).extracting(CandidateInfo::applicationId)
                .containsExactly(b);
        // the candidate sees the decision on their own page
        assertThat(s.asUser(c.candidates.get(0), () -> s.registration.myApplication(c.id)).orElseThrow().status())
                .isEqualTo(ApplicationStatus.REJECTED);
    }

    /**
     * Two secretaries correct two candidates at the same moment: each correction is its own version of the list
     * (2 and 3), neither fails on the number (the campaign's row serialises them).
     */
    @Test
    void twoCorrectionsAtTheSameMomentAreTwoVersions() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        java.util.List<Long> apps = new java.util.ArrayList<>();
        for (String name : java.util.List.of("Lê Lợi", "Nguyễn Trãi", "Trần Nguyên Hãn", "Phạm Văn Xảo")) {
            apps.add(s.apply(c, c.position1, name, null));
        }
        s.acceptAllAndPublish(c);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(apps.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(apps.size());
        try {
            java.util.List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (long id : apps) {
                done.add(pool.submit(() -> {
                    start.await();
                    return correct(c, id, Correction.REJECT, "Hồ sơ không đủ điều kiện (kiểm tra lại)");
                }));
            }
            java.util.List<Integer> versions = new java.util.ArrayList<>();
            for (var f : done) {
                versions.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(versions).containsExactlyInAnyOrder(2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListVersions(c.id)))
                .extracting(RegistrationService.ListVersion::version).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }
}
