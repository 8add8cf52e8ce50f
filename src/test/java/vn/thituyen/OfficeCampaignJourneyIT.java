package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thituyen.campaign.RuleSet;

/**
 * Issue 11, tried as an office would in a real browser: the administrator creates a staff account (the one-time code
 * shown once, the person sets a password with it), a CIVIL_SERVANT_2025 campaign with a position from the form and
 * one from an Excel sheet, the council and a per-position interview board; the secretary reviews, sets up a room and
 * publishes the list; the board interviews; the chair approves; the secretary publishes with the document number. A
 * PUBLIC_EMPLOYEE_2020 campaign runs beside it, and its people see nothing of the 2025 one, nor the other way round.
 * A candidate signs up and applies in the browser (the 2025 form asks for no foreign language) and sits the single
 * general-knowledge part of round 1 there; the second candidate applies and sits through the services.
 */
@ApplicationTest
class OfficeCampaignJourneyIT extends JourneyBase {

    private static final String WINNER = "Đặng Thu Hà";

    @Test
    void anOfficeRunsA2025CampaignBesideAPublicEmployeeCampaign() {
        base = "http://localhost:" + port;
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String code = "K25-" + tag;
        String admin = "adm25-" + tag;
        String vice = "pct-" + tag;
        s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(admin,
                Scenario.PASSWORD, "Phan Quản Trị", "qt25@example.vn", vn.thituyen.identity.Role.ADMIN));
        Scenario.Campaign employees = s.newCampaign(RuleSet.PUBLIC_EMPLOYEE_2020);
        try {
            Page office = newPage();
            String[] oneTimeCode = new String[1];
            step("administrator creates a staff account; the code is shown once", () -> {
                signIn(office, "/login", admin, Scenario.PASSWORD);
                office.navigate(base + "/staff");
                office.locator("#create-staff").click();
                office.locator("#staff-username input").fill(vice);
                office.locator("#staff-fullname input").fill("Bùi Văn Phó");
                office.locator("#staff-role").click();
                office.locator("vaadin-select-item:visible", new Page.LocatorOptions()
                        .setHasText("Thư ký Hội đồng")).click();
                office.locator("#save-staff").click();
                oneTimeCode[0] = office.locator("#one-time-code").textContent().trim();
                assertThat(oneTimeCode[0]).isNotBlank();
                office.locator("#code-close").click();
                assertThat(office.locator("#one-time-code")).isHidden();   // shown once, gone
                // the list holds every account of the suite's database: the new one is checked where it is stored
                assertThat(s.identity.findByUsername(vice)).get().extracting(a -> a.role())
                        .isEqualTo(vn.thituyen.identity.Role.SECRETARY);
            });
            step("the new member sets a password with the code", () -> {
                Page own = newPage();
                own.navigate(base + "/set-password");
                own.locator("#set-password-code input").fill(oneTimeCode[0]);
                own.locator("#set-password-password input").fill("Mat-Khau-Moi@2027");
                own.locator("#set-password-repeat input").fill("Mat-Khau-Moi@2027");
                own.locator("#set-password-submit").click();
                own.waitForURL(u -> u.contains("/login"));
                signIn(own, "/login", vice, "Mat-Khau-Moi@2027");
            });
            step("administrator creates a 2025 campaign with two positions, one from Excel", () -> {
                // a civil-servant campaign starts on the newest rule set: 2025
                createCampaign(office, code, "Thi tuyển công chức năm 2027 theo Nghị định 170 (" + tag + ")", null,
                        "Báo Hải Dương");
                assertThat(office.locator("#campaign-rule-set")).containsText("Công chức từ 01/07/2025");
                addTwoPositions(office, "Chuyên viên quản lý công chức", 1);
                announceAndOpen(office, code);
            });
            long campaignId = s.campaigns.byCode(code).orElseThrow().id();
            assertThat(s.campaigns.campaign(campaignId).ruleSet()).isEqualTo(RuleSet.CIVIL_SERVANT_2025);
            // the other staff (chair, secretary, invigilator, question and interview boards) as the scenario makes them
            Scenario.Campaign c = s.staffFor(campaignId, tag);
            long thirdGrader = s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(
                    "g3-" + tag, Scenario.PASSWORD, "Lâm Sát Hạch", null, vn.thituyen.identity.Role.GRADER));
            step("the council's vice-chair and VT02's own interview board member, on the campaign screen", () -> {
                office.navigate(base + "/campaign/" + campaignId);
                pick(office, "#council-member", vice);
                office.locator("#council-role").click();
                office.locator("vaadin-select-item:visible", new Page.LocatorOptions()
                        .setHasText("Phó Chủ tịch Hội đồng")).click();
                office.locator("#council-seat").click();
                assertThat(office.locator("#council-seats")).containsText("Bùi Văn Phó");
                office.locator("#board-kind").click();
                office.locator("vaadin-select-item:visible", new Page.LocatorOptions()
                        .setHasText("Ban kiểm tra sát hạch")).click();
                pick(office, "#board-member", "g3-" + tag);
                pick(office, "#board-position", "VT02");
                office.locator("#board-add").click();
                assertThat(office.locator("#board-members")).containsText("Lâm Sát Hạch");
                office.locator("#boards").scrollIntoViewIfNeeded();
                screenshot(office, "office-2025-boards");
                accessible(office, "campaign screen with council and boards");
            });
            assertThat(s.councils.board(campaignId, vn.thituyen.campaign.BoardKind.INTERVIEW)
                    .membersFor(c.position2)).contains(thirdGrader);

            String winnerLogin = "ha-" + tag;
            step("a candidate signs up and applies; the 2025 form asks for no foreign language", () -> {
                Page candidate = newPage();
                signUp(candidate, winnerLogin, WINNER, "ha@example.vn");
                signIn(candidate, "/login", winnerLogin, Scenario.PASSWORD);
                candidate.navigate(base + "/my-application");
                chooseCampaign(candidate, code);
                fillApplication(candidate, "VT01", WINNER, "02/09/1996", "Nữ", s.nextCitizenId(), "ha@example.vn");
                // ND 170/2025: round 1 is general knowledge only
                assertThat(candidate.locator("#foreignLanguage")).isHidden();
                assertThat(candidate.locator("#exemption")).isHidden();
                screenshot(candidate, "office-2025-application-form");
                candidate.locator("#submit-application").click();
                assertThat(candidate.locator("#application-status")).hasText("Đã nộp, chờ xét duyệt");
            });
            long winner = s.asUser(c.secretary, () -> s.registration.applications(campaignId)).stream()
                    .filter(a -> a.fullName().equals(WINNER)).findFirst().orElseThrow().id();
            long second = s.apply(c, c.position1, "Cao Văn Khải", null);
            step("administrator closes registration with the decision", () -> {
                office.navigate(base + "/campaign/" + campaignId);
                office.locator("#take-step").click();
                office.locator("#step-reason textarea").fill("Quyết định số 12/QĐ-SNV ngày kết thúc nhận phiếu");
                office.locator("#step-confirm").click();
                assertThat(office.locator("#campaign-status")).hasText("Đã kết thúc nhận phiếu");
            });
            Page secretary = newPage();
            step("the secretary sees this campaign only, reviews, sets up a room and publishes the list", () -> {
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/campaign/" + employees.id);
                assertThat(secretary.locator("body")).containsText("Không tìm thấy dữ liệu.");
                secretary.navigate(base + "/review");
                gridCell(secretary, WINNER).click();
                secretary.locator("#accept").click();
                // the panel moves on to the next application still waiting
                assertThat(secretary.locator("#applicant-name")).hasText("Cao Văn Khải");
                secretary.locator("#accept").click();
                assertThat(secretary.locator("#accept")).hasCount(0);
                secretary.locator("#room-venue input").fill("Trung tâm Hội nghị tỉnh, 2 Quang Trung");
                secretary.locator("#room-capacity input").fill("20");
                secretary.locator("#room-add").click();
                assertThat(secretary.locator("#room-seats")).hasText("Tổng số chỗ: 20 cho 2 thí sinh đủ điều kiện.");
                secretary.locator("#publish-eligible").click();
                confirmDialog(secretary, "Sau khi công bố không thể hoàn tác");
                assertThat(gridCell(secretary, "TS0002")).isVisible();
            });

            // round 1 (2025: general knowledge only): the room opened and everyone checked in through the services
            // (the recruitment journey does it in the browser); the candidate sits it in the browser
            s.assignInvigilator(c);
            s.openSittings(c);
            var attempt = s.attempts.findById(s.attemptOf(winner)).orElseThrow();
            var parts = s.parts.findByAttemptIdOrderByPartNo(attempt.getId());
            assertThat(parts).singleElement().satisfies(p -> assertThat(p.getQuestionCount()).isEqualTo(60));
            step("the candidate sits round 1 in the browser: one part, 60 questions in 60 minutes", () -> {
                Page exam = newPage();
                signIn(exam, "/exam-login", attempt.getCandidateNumber(), attempt.getOneTimePassword());
                exam.navigate(base + "/exam");
                exam.locator("#start-part").click();
                assertThat(exam.locator("#countdown")).hasText(Pattern.compile("^(59:[0-5]\\d|60:00)$"));
                sitPart(exam, parts.get(0), 45);
                assertThat(exam.locator("body")).containsText("45/60 câu đúng – Đạt");
                assertThat(exam.locator("#round1-outcome")).containsText("Đạt vòng 1");
                assertThat(exam.locator("#start-part")).hasCount(0);   // no Part II under ND 170/2025
                screenshot(exam, "office-2025-round1-done");
            });
            s.sit(second, 20);   // under half: out after round 1

            step("the interview board scores the candidate who passed", () -> {
                score(c.grader1, WINNER, "82");
                score(c.grader2, WINNER, "79");
            });
            step("secretary computes, the chair approves, the secretary publishes with the document number", () -> {
                secretary.navigate(base + "/results");
                secretary.locator("#compute-results").click();
                confirmDialog(secretary, "tạo phiên bản 1");
                assertThat(gridCell(secretary, "80,5")).isVisible();
                Page chair = newPage();
                signIn(chair, "/login", c.chair, Scenario.PASSWORD);
                chair.navigate(base + "/results");
                chair.locator("#approve-results").click();
                confirmDialog(chair, "mọi điểm của kỳ tuyển dụng bị khóa");
                secretary.navigate(base + "/results");
                secretary.locator("#publish-results").click();
                assertThat(secretary.locator("#document-number")).hasAttribute("invalid", "");
                secretary.locator("#document-number input").fill("7/TB-HĐTD");
                secretary.locator("#publish-results").click();
                confirmDialog(secretary, "Không thể rút lại");
                assertThat(secretary.locator("#results-status")).containsText("Đã công bố");
            });
            step("the official list carries the 2025 result and its number", () -> {
                APIResponse pdf = newPage().request().get(base + "/api/public/campaigns/" + code + "/results.pdf");
                assertThat(pdf.status()).isEqualTo(200);
                String text;
                try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                    text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
                }
                assertThat(text).contains(WINNER, "Số: 7/TB-HĐTD", "Lê Chủ Tịch");
            });
            step("the public-employee campaign's people see nothing of the 2025 one", () -> {
                Page theirs = newPage();
                signIn(theirs, "/login", employees.secretary, Scenario.PASSWORD);
                theirs.navigate(base + "/campaign/" + campaignId);
                assertThat(theirs.locator("body")).containsText("Không tìm thấy dữ liệu.");
                theirs.navigate(base + "/review");
                theirs.locator("#campaign-picker").click();
                assertThat(theirs.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(code)))
                        .hasCount(0);
                assertThat(theirs.locator("vaadin-combo-box-item", new Page.LocatorOptions()
                        .setHasText(employees.tag))).hasCount(1);
            });
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }

    private void score(String grader, String candidate, String value) {
        Page page = newPage();
        signIn(page, "/login", grader, Scenario.PASSWORD);
        page.navigate(base + "/interviews");
        gridCell(page, candidate).click();
        page.locator("#score input").fill(value);
        page.locator("#save-score").click();
        assertThat(page.locator("#interview-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^\\s*" + value + "\\s*$")))).hasCount(1);
    }
}
