package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;

/**
 * Issue 13 in a real browser: a written paper of three candidates is anonymised by the anonymisation board, dealt by
 * the marking board head to a pair, marked blind by each marker (codes only, no names), a wide gap conferred, and
 * the key opened. The campaign, its candidates and boards are set up through the services.
 */
@ApplicationTest
class WrittenMarkingJourneyIT extends JourneyBase {

    @Test
    void aWrittenPaperIsAnonymisedMarkedBlindAndOpened() {
        base = "http://localhost:" + port;
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        List<Long> apps = List.of(s.apply(c, c.position1, "Nguyễn Thị An", null),
                s.apply(c, c.position1, "Trần Quốc Bảo", null), s.apply(c, c.position1, "Lê Thị Cúc", null));
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        apps.forEach(a -> s.sit(a, 45));
        try {
            Page anon = newPage();
            step("the anonymisation board codes the three scripts", () -> {
                signIn(anon, "/login", b.anon(), Scenario.PASSWORD);
                anon.navigate(base + "/marking/anonymise");
                assertThat(anon.locator("#intake-grid")).isVisible();
                for (int i = 0; i < 3; i++) {
                    anon.locator("#intake-grid vaadin-integer-field input").nth(i).fill(String.valueOf(3 + i));
                }
                accessible(anon, "anonymisation intake");
                anon.locator("#anonymise").click();
                confirmDialog(anon, "Đánh số phách cho 3 bài thi");
                assertThat(notification(anon, "Đã làm phách 3 bài thi.")).isVisible();
                assertThat(anon.locator("#code-sheet")).isVisible();
                assertThat(gridCell(anon, "Nguyễn Thị An")).isVisible();
                screenshot(anon, "marking-code-sheet");
            });
            Page head = newPage();
            step("the marking board head deals them to a pair", () -> {
                signIn(head, "/login", b.head(), Scenario.PASSWORD);
                head.navigate(base + "/marking/board");
                pick(head, "#pair-0-first", "Cán Bộ Chấm 1");
                pick(head, "#pair-0-second", "Cán Bộ Chấm 2");
                accessible(head, "marking board, dealing");
                head.locator("#deal").click();
                confirmDialog(head, "3 bài thi cho 1 cặp chấm");
                assertThat(notification(head, "Đã chia 3 bài thi cho 1 cặp chấm.")).isVisible();
                assertThat(gridCell(head, "Chờ đủ hai điểm chấm")).isVisible();
            });
            List<MarkerRow> scripts = s.asUser(b.markers().get(0), () -> s.writtenMarking.myScripts(c.id));
            Page first = newPage();
            step("marker 1 marks the three scripts by code, seeing no name", () -> {
                signIn(first, "/login", b.markers().get(0), Scenario.PASSWORD);
                first.navigate(base + "/marking");
                assertThat(first.locator("#marking-blind")).isVisible();
                accessible(first, "marker's scripts");
                for (MarkerRow r : scripts) {
                    gridCell(first, r.code()).click();
                    first.locator("#question-marks input").fill("30; 40");
                    first.locator("#save-marks").click();
                    assertThat(notification(first, "Đã lưu phiếu chấm bài " + r.code())).isVisible();
                }
                assertThat(first.locator("body")).not().containsText("Nguyễn Thị An");
                screenshot(first, "marking-marker");
            });
            step("marker 2 marks alone: close on two scripts, far on the third", () -> {
                Page second = newPage();
                signIn(second, "/login", b.markers().get(1), Scenario.PASSWORD);
                second.navigate(base + "/marking");
                for (int i = 0; i < 3; i++) {
                    gridCell(second, scripts.get(i).code()).click();
                    second.locator("#question-marks input").fill(i < 2 ? "32; 40" : "50");
                    second.locator("#save-marks").click();
                    assertThat(notification(second, "Đã lưu phiếu chấm bài " + scripts.get(i).code())).isVisible();
                }
            });
            step("the two confer on the third script and record the agreed mark", () -> {
                first.reload();
                gridCell(first, scripts.get(2).code()).click();
                assertThat(first.locator("#confer-marks")).containsText("70");
                assertThat(first.locator("#confer-marks")).containsText("50");
                first.locator("#agreed-mark input").fill("62");
                first.locator("#confer-reason input").fill("Thống nhất sau khi đối chiếu hướng dẫn chấm");
                screenshot(first, "marking-confer");
                first.locator("#agree").click();
                assertThat(notification(first, "Đã ghi điểm thống nhất")).isVisible();
            });
            step("the board shows every script marked; the key is opened", () -> {
                head.reload();
                assertThat(head.locator("#board-grid")).isVisible();
                assertThat(gridCell(head, "thống nhất sau trao đổi")).isVisible();
                screenshot(head, "marking-board");
                anon.reload();
                anon.locator("#open-key").click();
                confirmDialog(anon, "Mở phách 3 bài thi");
                assertThat(notification(anon, "Đã mở phách.")).isVisible();
                assertThat(gridCell(anon, "Lê Thị Cúc")).isVisible();
                accessible(anon, "opened key");
                screenshot(anon, "marking-opened");
            });
            assertThat(s.asUser(c.secretary, () -> s.writtenMarking.finalMarks(c.position1, 1)).values())
                    .extracting(BigDecimal::stripTrailingZeros).extracting(BigDecimal::toPlainString)
                    .containsExactlyInAnyOrder("71", "71", "62");
            // results published through the services; then an appeal in the browser
            apps.forEach(a -> s.interview(c, a, "70", "70"));
            vn.thituyen.results.ResultsService results = s.results();
            long set = s.asUser(c.secretary, () -> results.compute(c.id));
            s.asUser(c.chair, () -> {
                results.approve(set);
                return null;
            });
            s.asUser(c.secretary, () -> {
                results.publish(set, "9/TB-HĐTD");
                return null;
            });
            step("a candidate appeals the written paper; the interview cannot be appealed", () -> {
                Page candidate = newPage();
                signIn(candidate, "/login", c.candidates.get(2), Scenario.PASSWORD);
                candidate.navigate(base + "/my-appeals");
                assertThat(candidate.locator("#appeal-refusal-2")).containsText("Chỉ được phúc khảo bài thi viết");
                candidate.locator("#file-appeal-1").click();
                confirmDialog(candidate, "150.000 đồng");
                assertThat(notification(candidate, "Đã nộp đơn phúc khảo phần thi 1.")).isVisible();
                assertThat(gridCell(candidate, "Chờ nộp phí")).isVisible();
                accessible(candidate, "candidate's appeals");
                screenshot(candidate, "appeal-candidate");
            });
            step("the secretary records the fee with its receipt", () -> {
                Page secretary = newPage();
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/appeals");
                gridCell(secretary, "Lê Thị Cúc").click();
                secretary.locator("#appeal-receipt input").fill("BL-0012");
                var paid = secretary.locator("#appeal-paid-on input");
                paid.fill(java.time.LocalDate.now(s.clock.withZone(vn.thituyen.campaign.CampaignSetupService.ZONE))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                paid.press("Enter");
                secretary.locator("#record-fee").click();
                assertThat(notification(secretary, "Đã ghi nhận phí phúc khảo")).isVisible();
                assertThat(gridCell(secretary, "Đã nộp phí, chờ chấm phúc khảo")).isVisible();
                accessible(secretary, "appeals list");
                screenshot(secretary, "appeal-fees");
            });
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }
}
