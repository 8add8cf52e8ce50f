package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.AttemptPart;

/** Exam-day rules on the real database: idempotent saves, whole papers, extra time, late arrival, violations. */
@ApplicationTest
class ExamDayTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;
    @Autowired InvigilationService invigilation;
    @Autowired AnswerRepository answers;
    @Autowired PlatformTransactionManager transactions;

    private Instant start;

    @BeforeEach
    void rememberClock() {
        start = s.clock.instant();
    }

    @AfterEach
    void restoreClock() {
        s.clock.set(start);
    }

    @Test
    void aRepeatedOrLateMessageNeverOverwritesANewerAnswer() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Trãi", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        long item = started(attempt).current().items().get(0).itemId();
        s.asExaminee(attempt, () -> {
            delivery.saveAnswer(item, 0, 1L);
            s.clock.advance(Duration.ofSeconds(2));
            Instant newer = delivery.saveAnswer(item, 2, 3L);
            // the first message delivered again, and a late one: acknowledged with the newer answer's receipt
            // (read back from the database: its precision, micro- or whole seconds)
            assertThat(delivery.saveAnswer(item, 0, 1L)).isCloseTo(newer, within(1, ChronoUnit.SECONDS));
            assertThat(delivery.saveAnswer(item, 1, 2L)).isCloseTo(newer, within(1, ChronoUnit.SECONDS));
            return null;
        });
        ExamScreen screen = s.asExaminee(attempt, delivery::screen);
        assertThat(screen.current().items().get(0).chosen()).isEqualTo(2);
        assertThat(answers.findByAttemptIdOrderById(attempt)).extracting(x -> x.getClientSeq())
                .containsExactly(1L, 3L);
    }

    @Test
    void aSittingWithAnIncompletePaperDoesNotOpen() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Hồ Xuân Hương", null);
        s.acceptAllAndPublish(c);
        long sitting = s.asUser(c.secretary, () -> s.preparation.prepareSitting(s.registration.rooms(c.id).get(0).id()));
        AttemptPart part1 = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(a)).get(0);
        s.items.delete(s.items.findByAttemptPartIdOrderBySeq(part1.getId()).get(59));
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.preparation.openSitting(sitting);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.sitting.incompletePaper");
        assertThat(s.asUser(c.secretary, () -> console.sittings(c.id)).get(0).status().name()).isEqualTo("PREPARED");
    }

    @Test
    void extraTimeMovesTheStoredDeadlineAndIsRecorded() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Lê Quý Đôn", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        long attempt = s.attemptOf(a);
        Instant deadline = started(attempt).current().deadline();
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            invigilation.grantExtraTime(attempt, 0, "");
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                .containsEntry("minutes", "validation.extraMinutes").containsEntry("reason", "validation.required"));
        s.asUser(c.invigilator, () -> {
            invigilation.grantExtraTime(attempt, 5, "Máy tính bị treo, đổi máy");
            return null;
        });
        ExamScreen after = s.asExaminee(attempt, delivery::screen);
        assertThat(after.current().deadline()).isEqualTo(deadline.plus(Duration.ofMinutes(5)));
        assertThat(s.asUser(c.invigilator, () -> console.roster(sitting)).get(0).extraMinutes()).isEqualTo(5);
        // the part now closes at the new deadline, not the old one
        s.clock.advance(Duration.ofMinutes(62));
        assertThat(s.asExaminee(attempt, delivery::screen).current()).isNotNull();
        s.clock.advance(Duration.ofMinutes(4));
        assertThat(s.asExaminee(attempt, delivery::screen).current()).isNull();
        assertThat(s.parts.findByAttemptIdOrderByPartNo(attempt).get(0).getClosedAt())
                .isEqualTo(deadline.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aCandidateMoreThanThirtyMinutesLateStartsOnlyWithTheChairsPermission() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Chu Văn An", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        s.clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> s.asExaminee(attempt, () -> {
            delivery.startNextPart();
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.exam.late");
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            invigilation.permitLateStart(attempt, "tắc đường");
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        s.asUser(c.chair, () -> {
            invigilation.permitLateStart(attempt, "Quyết định của Chủ tịch: sự cố giao thông có xác nhận");
            return null;
        });
        assertThat(started(attempt).current()).isNotNull();
    }

    @Test
    void suspensionZeroesTheRunningPartAndCancellationFailsRoundOne() {
        Scenario.Campaign c = s.newCampaign();
        long suspended = s.apply(c, c.position1, "Trần Nhân Tông", null);
        long cancelled = s.apply(c, c.position1, "Lý Công Uẩn", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        long attemptS = s.attemptOf(suspended);
        started(attemptS);
        s.asUser(c.invigilator, () -> {
            invigilation.recordViolation(attemptS, Sanction.SUSPENSION, "Sử dụng điện thoại trong phòng thi",
                    "TS0003, TS0004");
            return null;
        });
        var partsS = s.parts.findByAttemptIdOrderByPartNo(attemptS);
        assertThat(partsS.get(0).isClosed()).isTrue();
        assertThat(partsS.get(0).getCorrectCount()).isZero();

        s.sit(cancelled, 50, 25);
        s.asUser(c.invigilator, () -> {
            invigilation.recordViolation(s.attemptOf(cancelled), Sanction.CANCELLATION, "Thi hộ", null);
            return null;
        });
        assertThat(delivery.round1Outcomes(c.id).get(cancelled).passed()).isFalse();
        var roster = s.asUser(c.invigilator, () -> console.roster(sitting));
        assertThat(roster).extracting(RoomConsole.RosterRow::sanctions).contains("SUSPENSION", "CANCELLATION");
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            invigilation.recordViolation(attemptS, null, "<b>x</b>", null);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKeys("sanction",
                "description"));
    }

    @Test
    void checkInAndTheRoomSheetToSign() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Thị Định", null);
        s.apply(c, c.position1, "Võ Văn Kiệt", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        s.asUser(c.invigilator, () -> {
            invigilation.checkIn(s.attemptOf(a));
            return null;
        });
        s.sit(a, 40, 20);
        List<RoomConsole.RosterRow> rows = s.asUser(c.invigilator, () -> console.roster(sitting));
        assertThat(rows).filteredOn(r -> r.fullName().equals("Nguyễn Thị Định")).singleElement()
                .satisfies(r -> assertThat(r.checkedIn()).isTrue());
        byte[] pdf = s.asUser(c.invigilator, () -> invigilation.roomSheetPdf(sitting));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BIÊN BẢN KẾT QUẢ THI TRẮC NGHIỆM TRÊN MÁY TÍNH", "Nguyễn Thị Định", "40/60",
                    "20/30", "Đạt", "Võ Văn Kiệt", "Vắng thi", "GIÁM THỊ 1");
        }
    }

    @Test
    void aPausedRoomStopsTheClockAndGivesThePausedTimeBack() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Bà Huyện Thanh Quan", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        long attempt = s.attemptOf(a);
        ExamScreen before = started(attempt);
        long item = before.current().items().get(0).itemId();
        s.clock.advance(Duration.ofMinutes(50));
        s.asUser(c.invigilator, () -> {
            invigilation.pauseSitting(sitting);
            return null;
        });
        assertThatThrownBy(() -> s.asExaminee(attempt, () -> delivery.saveAnswer(item, 1)))
                .isInstanceOf(DomainException.class).hasMessage("error.sitting.paused");
        s.clock.advance(Duration.ofMinutes(20));   // past the original deadline, while paused
        s.scoring.closeExpiredParts();
        ExamScreen paused = s.asExaminee(attempt, delivery::screen);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.current()).as("nothing closes during a pause").isNotNull();
        assertThat(paused.current().items()).as("no question reaches the browser during a pause").isEmpty();
        s.asUser(c.invigilator, () -> {
            invigilation.resumeSitting(sitting);
            return null;
        });
        ExamScreen resumed = s.asExaminee(attempt, delivery::screen);
        // the pause is measured from its stored start (the database's precision: microseconds rounded, or whole
        // seconds) and given back rounded up to a whole second: 20 minutes, or one second more, never less
        Instant expected = before.current().deadline().plus(Duration.ofMinutes(20));
        assertThat(resumed.current().deadline()).isBetween(expected, expected.plusSeconds(1));
        assertThat(resumed.current().remainingSeconds()).isBetween(599L, 601L);
        s.asExaminee(attempt, () -> delivery.saveAnswer(item, 1));
    }

    /**
     * The save reads the part's lock and the item's latest answer in one statement: a save that waited for the
     * lock must see the answer committed meanwhile (a later message of the same item, from a second tab or a
     * retry), so an older message still never overwrites it.
     */
    @Test
    void aSaveThatWaitedForThePartLockSeesTheAnswerCommittedMeanwhile() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Ngô Sĩ Liên", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        ExamScreen screen = started(attempt);
        long item = screen.current().items().get(0).itemId();
        long partId = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0).getId();
        Instant newerAt = s.clock.instant();
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> newer = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                s.parts.lockById(partId).orElseThrow();
                answers.save(new Answer(item, attempt, 2, newerAt, 5L));
                locked.countDown();
                sleep(800);   // the save below is waiting for the part's lock meanwhile
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Instant receipt = s.asExaminee(attempt, () -> delivery.saveAnswer(item, 0, 4L));
            newer.get(10, TimeUnit.SECONDS);
            assertThat(receipt).as("the newer answer's receipt").isCloseTo(newerAt, within(1, ChronoUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
        assertThat(answers.findByAttemptIdOrderById(attempt)).extracting(Answer::getClientSeq).containsExactly(5L);
        assertThat(s.asExaminee(attempt, delivery::screen).current().items().get(0).chosen())
                .isEqualTo(s.items.findById(item).orElseThrow().displayIndex(2));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExamScreen started(long attempt) {
        return s.asExaminee(attempt, delivery::startNextPart);
    }
}
