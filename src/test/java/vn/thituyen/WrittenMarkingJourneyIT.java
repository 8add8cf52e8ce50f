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

    @org.springframework.beans.factory.annotation.Autowired vn.thituyen.delivery.TypedWriting typed;

    @Test
    void aWrittenPaperIsAnonymisedMarkedBlindAndOpened() {
        base = "http://localhost:" + port;
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        Scenario.AppealsBoard ab = s.appealsBoard(c);
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
            s.clock.advance(java.time.Duration.ofDays(20));   // the appeal window has closed
            try {
                appealRemarkedAndResultsRepublished(c, b, ab);
            } finally {
                s.clock.advance(java.time.Duration.ofDays(-20));
            }
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }

    /**
     * After the window: the appeals board head takes the paid appeal in, deals it to the two members, who re-mark
     * it blind under its new code; the key is opened; the candidate reads "… → 65"; the secretary computes the
     * results after appeals, the chair approves and the secretary publishes version 2.
     */
    private void appealRemarkedAndResultsRepublished(Scenario.Campaign c, Scenario.MarkingBoard b,
            Scenario.AppealsBoard ab) {
        Page head = newPage();
        step("the appeals board head takes the paid appeal into re-marking and deals it", () -> {
            signIn(head, "/login", ab.head(), Scenario.PASSWORD);
            head.navigate(base + "/marking/board");
            head.locator("#take-in-appeals").click();
            confirmDialog(head, "số phách mới");
            assertThat(notification(head, "Đã chuyển 1 bài thi đi chấm phúc khảo.")).isVisible();
            head.locator("#written-part").click();
            head.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("chấm phúc khảo")).click();
            pick(head, "#pair-0-first", "Cán Bộ Phúc Khảo Một");
            pick(head, "#pair-0-second", "Cán Bộ Phúc Khảo Hai");
            head.locator("#deal").click();
            confirmDialog(head, "1 bài thi cho 1 cặp chấm");
            assertThat(notification(head, "Đã chia 1 bài thi cho 1 cặp chấm.")).isVisible();
        });
        for (String reviewer : ab.reviewers()) {
            step("an appeals board member re-marks the script by its new code, seeing no earlier mark", () -> {
                Page page = newPage();
                signIn(page, "/login", reviewer, Scenario.PASSWORD);
                page.navigate(base + "/marking");
                String code = s.asUser(reviewer, () -> s.writtenMarking.myScripts(c.id)).get(0).code();
                gridCell(page, code).click();
                page.locator("#question-marks input").fill("30; 35");
                page.locator("#save-marks").click();
                assertThat(notification(page, "Đã lưu phiếu chấm bài " + code)).isVisible();
                assertThat(page.locator("body")).not().containsText("Lê Thị Cúc");
                assertThat(page.locator("body")).not().containsText("Cán Bộ Chấm");
            });
        }
        step("the administrator keeps the calendar of public holidays the window moves past", () -> {
            String adminUser = "adm-" + c.tag;
            s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(adminUser,
                    Scenario.PASSWORD, "Phan Quản Trị", null, vn.thituyen.identity.Role.ADMIN));
            Page admin = newPage();
            signIn(admin, "/login", adminUser, Scenario.PASSWORD);
            admin.navigate(base + "/settings/holidays");
            admin.locator("#holiday-year").click();
            admin.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("2026"))
                    .click();
            assertThat(gridCell(admin, "Tết Nguyên đán Bính Ngọ").first()).isVisible();
            accessible(admin, "holidays calendar");
            screenshot(admin, "holidays");
        });
        step("the anonymisation head opens the re-marking's key", () -> {
            Page anon = newPage();
            signIn(anon, "/login", b.anon(), Scenario.PASSWORD);
            anon.navigate(base + "/marking/anonymise");
            anon.locator("#anon-part").click();
            anon.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("chấm phúc khảo")).click();
            anon.locator("#open-key").click();
            confirmDialog(anon, "Mở phách 1 bài thi");
            assertThat(notification(anon, "Đã mở phách.")).isVisible();
        });
        step("the candidate reads the outcome", () -> {
            Page candidate = newPage();
            signIn(candidate, "/login", c.candidates.get(2), Scenario.PASSWORD);
            candidate.navigate(base + "/my-appeals");
            // before: the mark this candidate's script had (the pair's mean or the agreed mark), after: the re-marking's
            assertThat(gridCell(candidate, "→ 65")).containsText("Thay đổi: ");
            screenshot(candidate, "appeal-outcome");
        });
        Page secretary = newPage();
        step("the secretary computes the results after appeals", () -> {
            signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
            secretary.navigate(base + "/results");
            secretary.locator("#compute-after-appeals").click();
            confirmDialog(secretary, "phiên bản 2");
            assertThat(notification(secretary, "Đã tính phiên bản 2 của kết quả sau phúc khảo.")).isVisible();
            assertThat(gridCell(secretary, "66,5")).isVisible();   // 65 × 70 % + 70 × 30 %
        });
        step("the chair approves version 2 and the secretary publishes it", () -> {
            Page chair = newPage();
            signIn(chair, "/login", c.chair, Scenario.PASSWORD);
            chair.navigate(base + "/results");
            chair.locator("#approve-results").click();
            confirmDialog(chair, "Phê duyệt kết quả phiên bản 2");
            assertThat(chair.locator("#results-status")).containsText("Đã phê duyệt");
            secretary.reload();
            secretary.locator("#document-number input").fill("21/TB-HĐTD");
            secretary.locator("#publish-results").click();
            confirmDialog(secretary, "Không thể rút lại");
            assertThat(secretary.locator("#results-status")).containsText("Đã công bố");
            screenshot(secretary, "appeal-republished");
        });
    }

    /**
     * A written part typed on computer: the secretary opens the paper, a candidate types an answer, reloads the page
     * and finds it as saved, hands in; the secretary closes the paper (the scripts are coded at once) and a marker
     * reads the typed answer by its code, with no name on the screen.
     */
    @Test
    void aTypedScriptSurvivesAReloadAndIsMarkedBlind() {
        base = "http://localhost:" + port;
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, Scenario.TYPED_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        s.sit(binh, 45);
        s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, List.of(
                    new vn.thituyen.delivery.TypedWriting.PaperQuestion(
                            "Phân tích vai trò của công chức trong cải cách hành chính.", new BigDecimal("60")),
                    new vn.thituyen.delivery.TypedWriting.PaperQuestion(
                            "Nêu các bước tuyển dụng công chức.", new BigDecimal("40"))));
            return null;
        });
        String answer = "Công chức là người trực tiếp thực thi công vụ; cải cách hành chính bắt đầu từ họ.";
        try {
            Page secretary = newPage();
            step("the secretary opens the typed paper", () -> {
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/written-papers");
                gridCell(secretary, "Đã soạn đề, chưa mở").click();
                secretary.locator("#open-typed").click();
                confirmDialog(secretary, "180 phút");
                assertThat(notification(secretary, "Đã mở đề thi.")).isVisible();
                accessible(secretary, "typed papers");
                screenshot(secretary, "typed-papers");
            });
            step("the candidate types an answer, reloads, and finds it saved", () -> {
                Page candidate = newPage();
                signIn(candidate, "/login", c.candidates.get(0), Scenario.PASSWORD);
                candidate.navigate(base + "/written-exam");
                candidate.locator("#start-typed-1").click();
                confirmDialog(candidate, "180 phút");
                candidate.locator("#answer-1 textarea").fill(answer);
                assertThat(candidate.locator("#saved-1")).containsText("Đã lưu lúc",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(TIMEOUT_MS));
                candidate.reload();
                assertThat(candidate.locator("#answer-1 textarea")).hasValue(answer);
                assertThat(candidate.locator("#typed-remaining")).containsText("Thời gian còn lại");
                accessible(candidate, "typed exam");
                screenshot(candidate, "typed-writing");
                candidate.locator("#hand-in-typed").click();
                confirmDialog(candidate, "không sửa được bài nữa");
                assertThat(notification(candidate, "Đã nộp bài phần thi 1.")).isVisible();
                assertThat(candidate.locator("#typed-paper-1")).containsText("đã nộp bài lúc");
            });
            s.asUser(c.candidates.get(1), () -> {
                long script = typed.start(c.id, 1).writing().scriptId();
                typed.save(script, 2, "Thông báo, nhận phiếu, thi hai vòng, công nhận kết quả.", 1L);
                typed.handIn(script);
                return null;
            });
            step("the secretary closes the paper: the scripts are coded", () -> {
                secretary.reload();
                gridCell(secretary, "Đang mở").click();
                secretary.locator("#close-typed").click();
                confirmDialog(secretary, "2 bài thi");
                assertThat(notification(secretary, "Đã đóng đề; các bài thi đã được làm phách.")).isVisible();
            });
            s.asUser(b.head(), () -> s.writtenMarking.drawBundles(c.position1, 1, List.of(
                    new vn.thituyen.grading.WrittenMarkingService.MarkerPair(b.markerIds().get(0),
                            b.markerIds().get(1)))));
            List<MarkerRow> scripts = s.asUser(b.markers().get(0), () -> s.writtenMarking.myScripts(c.id));
            for (String markerName : b.markers().subList(0, 2)) {
                step("a marker reads each typed script by its code, with no name, and marks it alone", () -> {
                    Page marker = newPage();
                    signIn(marker, "/login", markerName, Scenario.PASSWORD);
                    marker.navigate(base + "/marking");
                    boolean seen = false;
                    for (MarkerRow r : scripts) {
                        gridCell(marker, r.code()).click();
                        // the detail is redrawn for the script chosen: read the answer once its code heads it
                        assertThat(marker.getByText("Bài số phách " + r.code() + " (làm trên máy tính)"))
                                .isVisible();
                        assertThat(marker.locator("#script-answer-1")).isVisible();
                        if (marker.locator("#script-answer-1").innerText().contains("cải cách hành chính bắt đầu")) {
                            seen = true;
                            screenshot(marker, "typed-marking");
                        }
                        marker.locator("#question-marks input").fill("30; 20");
                        marker.locator("#save-marks").click();
                        assertThat(notification(marker, "Đã lưu phiếu chấm bài " + r.code())).isVisible();
                    }
                    assertThat(seen).isTrue();
                    assertThat(marker.locator("body")).not().containsText("Nguyễn Thị Ánh");
                    assertThat(marker.locator("body")).not().containsText("Trần Văn Bình");
                    accessible(marker, "typed script for its marker");
                });
            }
            s.asUser(b.anon(), () -> s.writtenMarking.openKey(c.position1, 1));
            assertThat(s.asUser(c.secretary, () -> s.writtenMarking.finalMarks(c.position1, 1)))
                    .containsOnlyKeys(an, binh).allSatisfy((app, mark) -> assertThat(mark).isEqualByComparingTo("50"));
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }
}
