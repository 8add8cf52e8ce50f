package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.grading.AppealService.AppealInfo;
import vn.thituyen.grading.AppealService.Status;
import vn.thituyen.grading.WrittenMarkingService.MarkerPair;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;
import vn.thituyen.grading.domain.WrittenPart.Purpose;
import vn.thituyen.identity.Role;
import vn.thituyen.results.ResultsService;

/**
 * Issue 13 § 7: appeals (phúc khảo) — written papers only, inside the window after publication, once per paper, the
 * fee recorded; the paid ones re-marked blind by the appeals board under fresh codes, who see neither the earlier
 * marks nor the markers; the outcome before → after for the candidate and the secretary.
 */
@ApplicationTest
class AppealServiceTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.campaign.WorkingCalendar calendar;
    @Autowired AppealService appeals;
    @Autowired ResultsService results;

    private static <T> void refused(String key, Callable<T> action) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aWrittenPaperIsAppealedPaidRemarkedBlindAndItsOutcomeShown() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        Scenario.AppealsBoard appealsBoard = s.appealsBoard(c);
        String head = appealsBoard.head();
        String r1 = appealsBoard.reviewers().get(0);
        String r2 = appealsBoard.reviewers().get(1);
        long[] reviewers = {appealsBoard.reviewerIds().get(0), appealsBoard.reviewerIds().get(1)};
        // a marker of the paper may not sit on the appeals board (the board's own rule)
        assertThatThrownBy(() -> s.as("system-admin", Role.ADMIN, () -> {
            s.councils.seatOnBoard(c.id, BoardKind.APPEALS, b.markerIds().get(0), null, false);
            return null;
        })).isInstanceOf(DomainException.class);

        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long bao = s.apply(c, c.position1, "Trần Quốc Bảo", null);
        long cuc = s.apply(c, c.position1, "Lê Thị Cúc", null);
        String anUser = c.candidates.get(0);
        String cucUser = c.candidates.get(2);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        s.sit(bao, 40);
        s.sit(cuc, 50);
        s.interview(c, an, "60", "60");
        s.interview(c, bao, "90", "90");
        s.interview(c, cuc, "90", "90");
        s.markWritten(b, c.position1, 1, Map.of(an, "80", bao, "60", cuc, "45"));

        refused("error.appeal.NOT_PUBLISHED", () -> s.asUser(cucUser, () -> appeals.file(c.id, 1)));
        long setId = s.asUser(c.secretary, () -> results.compute(c.id));
        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(setId, "9/TB-HĐTD");
            return null;
        });

        // the last day moves past a public holiday of the calendar, as past a weekend (BLDS 2015 Art. 148)
        LocalDate lastDay = s.asUser(cucUser, () -> appeals.appealable(c.id)).get(0).lastDay();
        s.as("system-admin", Role.ADMIN, () -> {
            calendar.add(lastDay, "Ngày nghỉ thử nghiệm");
            return null;
        });
        try {
            LocalDate moved = s.asUser(cucUser, () -> appeals.appealable(c.id)).get(0).lastDay();
            LocalDate expected = lastDay.plusDays(1);
            while (expected.getDayOfWeek().getValue() > 5) {
                expected = expected.plusDays(1);
            }
            assertThat(moved).isEqualTo(expected);
        } finally {
            s.as("system-admin", Role.ADMIN, () -> {
                calendar.remove(lastDay);
                return null;
            });
        }
        assertThat(s.asUser(cucUser, () -> appeals.appealable(c.id)).get(0).lastDay()).isEqualTo(lastDay);

        // the interview is never appealed; the written paper once
        refused("error.appeal.NOT_A_WRITTEN_PAPER", () -> s.asUser(cucUser, () -> appeals.file(c.id, 2)));
        AppealInfo filed = s.asUser(cucUser, () -> appeals.file(c.id, 1));
        assertThat(filed.status()).isEqualTo(Status.AWAITING_FEE);
        assertThat(filed.feeVnd()).isEqualTo(150_000);
        refused("error.appeal.ALREADY_FILED", () -> s.asUser(cucUser, () -> appeals.file(c.id, 1)));
        s.asUser(anUser, () -> appeals.file(c.id, 1));   // filed, never paid
        assertThat(s.asUser(cucUser, () -> appeals.appealable(c.id))).extracting(AppealService.Appealable::refusal)
                .containsExactly(vn.thituyen.grading.domain.AppealRule.Refusal.ALREADY_FILED,
                        vn.thituyen.grading.domain.AppealRule.Refusal.NOT_A_WRITTEN_PAPER);

        LocalDate today = LocalDate.now(s.clock.withZone(ClockConfiguration.ZONE));
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            appeals.recordFee(filed.id(), "BL-0012", today.plusDays(1));
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("paidOn"));
        s.asUser(c.secretary, () -> {
            appeals.recordFee(filed.id(), "BL-0012", today);
            return null;
        });
        refused("error.appeal.windowOpen", () -> s.asUser(head, () -> appeals.takeIntoRemarking(c.position1, 1)));

        // the window closes (15 days, the last one moved past a weekend): too late for Bảo; the head takes the paid one
        s.clock.advance(Duration.ofDays(20));
        refused("error.appeal.WINDOW_CLOSED", () -> s.asUser(c.candidates.get(1), () -> appeals.file(c.id, 1)));
        refused("error.appeal.notHead", () -> s.asUser(r1, () -> appeals.takeIntoRemarking(c.position1, 1)));
        assertThat(s.asUser(head, () -> appeals.takeIntoRemarking(c.position1, 1))).isEqualTo(1);
        assertThat(s.asUser(head, () -> s.writtenMarking.drawBundles(c.position1, 1, Purpose.APPEAL,
                List.of(new MarkerPair(reviewers[0], reviewers[1]))))).isEqualTo(1);

        // the reviewers see a fresh code, no earlier mark, no marker; the first markers do not see the appeal
        String originalCode = s.asUser(b.markers().get(0), () -> s.writtenMarking.myScripts(c.id)).stream()
                .map(MarkerRow::code).toList().toString();
        List<MarkerRow> toReview = s.asUser(r1, () -> s.writtenMarking.myScripts(c.id));
        assertThat(toReview).singleElement().satisfies(r -> {
            assertThat(r.appeal()).isTrue();
            assertThat(originalCode).doesNotContain(r.code());
            assertThat(r.myMark()).isNull();
            assertThat(r.partnerMark()).isNull();
        });
        assertThat(s.asUser(b.markers().get(0), () -> s.writtenMarking.myScripts(c.id)))
                .noneMatch(MarkerRow::appeal);
        long script = toReview.get(0).scriptId();
        s.asUser(r1, () -> s.writtenMarking.enterMarks(script, List.of(new BigDecimal("35"), new BigDecimal("25"))));
        s.asUser(r2, () -> s.writtenMarking.enterMarks(script, List.of(new BigDecimal("60"))));
        assertThat(s.asUser(c.secretary, () -> appeals.appeals(c.id))).filteredOn(a -> a.applicationId() == cuc)
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(Status.REMARKING);
                    assertThat(a.after()).isNull();
                });
        s.asUser(b.anon(), () -> s.writtenMarking.openKey(c.position1, 1, Purpose.APPEAL));

        AppealInfo decided = s.asUser(cucUser, () -> appeals.mine(c.id)).get(0);
        assertThat(decided.status()).isEqualTo(Status.DECIDED);
        assertThat(decided.before()).isEqualByComparingTo("45");
        assertThat(decided.after()).isEqualByComparingTo("60");
        assertThat(decided.changed()).isTrue();
        assertThat(s.asUser(c.secretary, () -> appeals.appeals(c.id))).filteredOn(a -> a.applicationId() == an)
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Status.AWAITING_FEE));
        // the re-mark takes the place of the mark for the results' next version
        assertThat(s.asUser(c.secretary, () -> s.writtenMarking.writtenMarks(c.id))).singleElement().satisfies(m -> {
            assertThat(m.marks().get(cuc)).isEqualByComparingTo("60");
            assertThat(m.marks().get(an)).isEqualByComparingTo("80");
            assertThat(m.appealsPending()).isFalse();
        });

        // a new version of the results: Cúc's 60 lifts her past the written minimum to 0.7 × 60 + 0.3 × 90 = 69,
        // level with Bảo for the last place: the tie is flagged afresh, the chair decides, the secretary publishes
        refused("error.results.locked", () -> s.asUser(c.secretary, () -> results.compute(c.id)));
        long v2 = s.asUser(c.secretary, () -> results.computeAfterAppeals(c.id));
        Map<Long, ResultsService.ResultLine> byApp = lines(c);
        assertThat(byApp.get(an).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(cuc).round2Score()).isEqualByComparingTo("69");
        assertThat(byApp.get(cuc).outcome()).isEqualTo("TIE_PENDING");
        assertThat(byApp.get(bao).outcome()).isEqualTo("TIE_PENDING");
        // the published list stays the first version until the revision is published
        assertThat(results.published(c.id).orElseThrow().lines()).filteredOn(l -> l.applicationId() == cuc)
                .singleElement().satisfies(l -> assertThat(l.outcome()).isEqualTo("FAILED_ROUND2"));
        long v3 = s.asUser(c.chair, () -> results.decideTie(v2, c.position1, List.of(cuc),
                "Hội đồng chọn sau phúc khảo theo đề nghị của người đứng đầu"));
        s.asUser(c.chair, () -> {
            results.approve(v3);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(v3, "12/TB-HĐTD");
            return null;
        });
        assertThat(results.published(c.id).orElseThrow().lines()).filteredOn(l -> l.applicationId() == cuc)
                .singleElement().satisfies(l -> assertThat(l.outcome()).isEqualTo("WINNER"));
    }

    private Map<Long, ResultsService.ResultLine> lines(Scenario.Campaign c) {
        return s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow().lines().stream()
                .collect(java.util.stream.Collectors.toMap(ResultsService.ResultLine::applicationId, l -> l));
    }
}
