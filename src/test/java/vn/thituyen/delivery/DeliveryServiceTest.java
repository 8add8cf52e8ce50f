package vn.thituyen.delivery;

import vn.thituyen.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;

/** Round 1 on the real database: papers, saves, the server-kept deadline, exemptions, sign-in tickets. */
@ApplicationTest
class DeliveryServiceTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;

    @Test
    void everyCandidateGetsTheirOwnFullPaper() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Hà Thị Mai", null);
        long b = s.apply(c, c.position1, "Kim Văn Đồng", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        List<Long> paperA = questionIds(a, 1);
        List<Long> paperB = questionIds(b, 1);
        assertThat(paperA).hasSize(60).doesNotHaveDuplicates();
        assertThat(paperB).hasSize(60).doesNotHaveDuplicates();
        assertThat(paperA).isNotEqualTo(paperB);
        assertThat(questionIds(a, 2)).hasSize(30);
    }

    @Test
    void theCorrectOptionIsFoundWhereverItIsShownAndScoredOnTheServer() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Phan Bội Châu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 31, 16);
        ExamScreen screen = s.asExaminee(s.attemptOf(a), delivery::screen);
        assertThat(screen.finished()).isTrue();
        assertThat(screen.parts()).extracting(ExamScreen.PartSummary::correct).containsExactly(31, 16);
        assertThat(screen.parts()).extracting(ExamScreen.PartSummary::passed).containsExactly(true, true);
        assertThat(delivery.round1Outcomes(c.id).get(a).passed()).isTrue();
    }

    @Test
    void theScreenNeverCarriesKeys() {
        for (Class<?> type : List.of(ExamScreen.class, ExamScreen.Item.class, ExamScreen.CurrentPart.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                    .noneMatch(n -> n.toLowerCase().contains("correct") && type != ExamScreen.class
                            || n.toLowerCase().contains("key"));
        }
    }

    @Test
    void aPartClosesAtItsDeadlineEvenWithoutTheBrowserAndLateSavesAreRefused() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Đoàn Thị Điểm", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        ExamScreen started = startFirstPart(attempt);
        Instant deadline = started.current().deadline();
        assertThat(started.current().remainingSeconds()).isEqualTo(3600);
        long itemId = started.current().items().get(0).itemId();
        s.asExaminee(attempt, () -> delivery.saveAnswer(itemId, 2));

        s.clock.advance(Duration.ofMinutes(61));
        try {
            lateSaveIsRefusedAndThePartClosedAtItsDeadline(attempt, itemId, deadline);
        } finally {
            s.clock.advance(Duration.ofMinutes(-61));
        }
    }

    private void lateSaveIsRefusedAndThePartClosedAtItsDeadline(long attempt, long itemId, Instant deadline) {
        assertThatThrownBy(() -> s.asExaminee(attempt, () -> delivery.saveAnswer(itemId, 1)))
                .isInstanceOf(DomainException.class).hasMessage("error.exam.partClosed");
        assertThat(s.scoring.closeExpiredParts()).isGreaterThanOrEqualTo(1);
        AttemptPart part = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0);
        assertThat(part.getClosedAt()).as("stamped at the deadline, not when noticed").isEqualTo(deadline);
        ExamScreen after = s.asExaminee(attempt, delivery::screen);
        assertThat(after.current()).isNull();
        assertThat(after.parts().get(0).state()).isEqualTo(ExamScreen.PartState.CLOSED);
        assertThat(after.parts().get(0).passed()).isFalse();
    }

    @Test
    void theLatestAnswerCountsAndEveryChangeIsKept() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Lương Thế Vinh", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        ExamScreen screen = startFirstPart(attempt);
        long item = screen.current().items().get(3).itemId();
        s.asExaminee(attempt, () -> {
            delivery.saveAnswer(item, 0);
            delivery.saveAnswer(item, 3);
            delivery.saveAnswer(item, 1);
            return null;
        });
        ExamScreen again = s.asExaminee(attempt, delivery::screen);
        assertThat(again.current().items().get(3).chosen()).isEqualTo(1);
        assertThat(again.current().remainingSeconds()).isLessThanOrEqualTo(3600);
    }

    @Test
    void anExemptCandidateSitsOnlyGeneralKnowledge() {
        Scenario.Campaign c = s.newCampaign();
        ApplicationForm f = s.form(c.position1, "Tô Hiến Thành");
        ApplicationForm exempt = new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), null,
                Exemption.FOREIGN_LANGUAGE, "Bằng cử nhân ngôn ngữ Anh", ForeignLanguage.ENGLISH);
        long a = s.apply(c, exempt);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 30);
        ExamScreen screen = s.asExaminee(s.attemptOf(a), delivery::screen);
        assertThat(screen.finished()).isTrue();
        assertThat(screen.parts()).extracting(ExamScreen.PartSummary::state)
                .containsExactly(ExamScreen.PartState.CLOSED, ExamScreen.PartState.EXEMPT);
        assertThat(delivery.round1Outcomes(c.id).get(a).passed()).isTrue();
    }

    /** Issue 11: a refused exemption means the candidate sits the part, in the language the form kept asking for. */
    @Test
    void aRefusedExemptionSitsTheLanguagePartInTheChosenLanguage() {
        Scenario.Campaign c = s.newCampaign();
        ApplicationForm f = s.form(c.position1, "Lý Thường Kiệt");
        long a = s.apply(c, new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), null,
                Exemption.FOREIGN_LANGUAGE, "Chứng chỉ tiếng Anh B1", ForeignLanguage.ENGLISH));
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.accept(a);
            s.registration.decideExemption(a, false);
            s.registration.publishEligibleList(c.id);
            return null;
        });
        s.assignInvigilator(c);
        s.openSittings(c);   // prepared without "no question bank for the subject"
        s.sit(a, 30, 15);
        ExamScreen screen = s.asExaminee(s.attemptOf(a), delivery::screen);
        assertThat(screen.parts()).extracting(ExamScreen.PartSummary::state)
                .containsExactly(ExamScreen.PartState.CLOSED, ExamScreen.PartState.CLOSED);
    }

    @Test
    void ticketsWorkOnlyWhileTheSittingIsOpenAndOnlyWithTheRightPassword() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Chu Văn An", null);
        s.acceptAllAndPublish(c);
        long sitting = s.asUser(c.secretary, () -> s.preparation.prepareSitting(
                s.registration.rooms(c.id).get(0).id()));
        var row = s.asUser(c.invigilator, () -> console.roster(sitting)).get(0);
        assertThat(delivery.signIn(row.candidateNumber(), row.oneTimePassword())).isEmpty();   // not open yet
        s.asUser(c.invigilator, () -> {
            s.preparation.openSitting(sitting);
            return null;
        });
        assertThat(delivery.signIn(row.candidateNumber(), row.oneTimePassword())).isPresent()
                .get().extracting(e -> e.attemptId()).isEqualTo(s.attemptOf(a));
        assertThat(delivery.signIn(row.candidateNumber(), "WRONG1")).isEmpty();
        assertThatThrownBy(() -> s.asExaminee(s.attemptOf(a), () -> console.roster(sitting)))
                .isInstanceOf(AccessDeniedException.class);
        s.asUser(c.secretary, () -> {
            console.closeSitting(sitting);
            return null;
        });
        assertThat(delivery.signIn(row.candidateNumber(), row.oneTimePassword())).isEmpty();
    }

    private ExamScreen startFirstPart(long attempt) {
        return s.asExaminee(attempt, () -> {
            delivery.startNextPart();
            return delivery.screen();
        });
    }

    private List<Long> questionIds(long applicationId, int partNo) {
        AttemptPart part = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(applicationId)).get(partNo - 1);
        List<PaperItem> items = s.items.findByAttemptPartIdOrderBySeq(part.getId());
        Set<Integer> orders = new HashSet<>();
        items.forEach(i -> orders.add(Arrays.hashCode(i.order())));
        assertThat(orders).as("options are shuffled").hasSizeGreaterThan(1);
        return items.stream().map(PaperItem::getQuestionId).toList();
    }
}
