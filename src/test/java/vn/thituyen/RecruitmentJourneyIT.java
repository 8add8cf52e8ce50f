package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;

/**
 * The recruitment journey as real people in a real browser (headless Chromium) against the running app: a
 * candidate signs up, registers and sits round 1; the secretary reviews, runs the sitting and the results; the
 * board interviews; the chair approves; anyone reads the published list, its JSON and its official PDF.
 * Only the campaign set-up (Scenario.newCampaign) and the answer keys the candidate "knows" come from the server.
 */
@ApplicationTest
class RecruitmentJourneyIT extends JourneyBase {

    static final String NAME = "Nguyễn Thị Hồng Nhung";
    static final String POSITION = "Chuyên viên tổ chức cán bộ";

    @Test
    void fromSignUpToPublishedResultsInTheBrowser() {
        base = "http://localhost:" + port;
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String code = "T-" + tag;
        String username = "nhung" + tag;
        String admin = "adm-" + tag;
        s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(admin,
                Scenario.PASSWORD, "Phạm Quản Trị", "qt@example.vn", vn.thituyen.identity.Role.ADMIN));
        Scenario.Campaign[] campaign = new Scenario.Campaign[1];
        try {
            // ---- 1. the Department of Home Affairs sets the campaign up in the workspace
            Page office = newPage();
            step("administrator creates the campaign", () -> {
                signIn(office, "/login", admin, Scenario.PASSWORD);
                createCampaign(office, code, "Thi tuyển công chức thành phố năm 2027 (" + tag + ")", "Công chức 2020",
                        "Cổng thông tin điện tử thành phố");
                accessible(office, "campaign workspace");
            });
            step("administrator adds a position in the form and one from an Excel sheet", () -> {
                addTwoPositions(office, POSITION, 2);
                screenshot(office, "campaign-workspace");
            });
            step("administrator announces and opens registration", () -> announceAndOpen(office, code));
            long campaignId = s.campaigns.byCode(code).orElseThrow().id();
            assertThat(s.campaigns.positions(campaignId)).extracting(p -> p.code()).containsExactly("VT01", "VT02");
            // the staff accounts and the interview board (their screens come with the councils and boards)
            campaign[0] = s.staffFor(campaignId, tag);
            Scenario.Campaign c = campaign[0];
            step("the campaign's council and boards, on its screen", () -> {
                office.navigate(base + "/campaign/" + c.id);
                assertThat(office.locator("#board-members")).containsText("Vũ Giám Thị");
                office.locator("#board-kind").click();
                office.locator("vaadin-select-item:visible", new Page.LocatorOptions()
                        .setHasText("Ban kiểm tra sát hạch")).click();
                assertThat(office.locator("#board-position")).isVisible();   // per position, or for all
                office.locator("#boards").scrollIntoViewIfNeeded();
                screenshot(office, "campaign-boards");
                accessible(office, "campaign boards");
            });

            // ---- 2. the candidate signs up, signs in and registers
            Page page = newPage();
            step("sign-in pages are accessible, unknown pages answer 404", () -> {
                page.navigate(base + "/login");
                assertThat(page.locator("vaadin-login-form")).isVisible();
                assertThat(page.locator("html")).hasAttribute("lang", "vi");
                accessible(page, "login");
                page.navigate(base + "/exam-login");
                assertThat(page.locator("vaadin-login-form")).isVisible();
                accessible(page, "exam-login");
            });
            step("sign up", () -> {
                page.navigate(base + "/signup");
                assertThat(page.locator("#signup-username")).isVisible();
                accessible(page, "signup");
                page.locator("#signup-username input").fill(username);
                page.locator("#signup-password input").fill(Scenario.PASSWORD);
                page.locator("#signup-fullname input").fill(NAME);
                page.locator("#signup-email input").fill("nhung@example.vn");
                page.locator("#signup-submit").click();
                // the same answer whether the username was free or not (security review, finding 12): the sign-in
                // page with its advice; the account exists: signing in below proves it
                page.waitForURL(u -> u.contains("/login?signedUp"));
            });
            step("candidate signs in", () -> signIn(page, "/login", username, Scenario.PASSWORD));
            step("candidate chooses the campaign among those announced", () -> {
                page.navigate(base + "/my-application");
                // with one campaign announced there is nothing to choose (its form is shown); with several the
                // candidate picks hers
                chooseCampaign(page, code);
                assertThat(page.locator("h2").first()).containsText("(" + tag + ")");
            });
            step("registration form with a bad CCCD", () -> {
                page.navigate(base + "/my-application");
                fillRegistrationForm(page, "123");
                page.locator("#submit-application").click();
                Locator citizenId = page.locator("#citizenId");
                assertThat(citizenId).containsText("Số CCCD gồm đúng 12 chữ số");
                assertThat(citizenId).hasAttribute("invalid", "");
                assertThat(page.locator("#application-status")).hasCount(0);
                assertThat(notification(page, UNEXPECTED)).hasCount(0);
                assertThat(page.locator("body")).not().containsText("Internal Server Error");
                assertThat(serverErrors).isEmpty();
            });
            step("registration form: accessible, and on a phone the header keeps sign-out on screen", () -> {
                accessible(page, "application form");
                page.setViewportSize(390, 844);
                page.evaluate("() => window.scrollTo(0, 0)");
                assertThat(page.locator("#logout")).isVisible();
                assertInViewport(page, "#logout", 390, 844);
                var header = page.locator("vaadin-app-layout [slot='navbar']").boundingBox();
                assertThat(header.height).as("header height on a phone").isLessThan(844 / 8.0);
                screenshot(page, "application-form-phone-390x844");
                page.setViewportSize(1366, 900);
            });
            step("registration form submitted", () -> {
                Locator citizenId = page.locator("#citizenId input");
                citizenId.fill(s.nextCitizenId());
                page.locator("#submit-application").click();
                assertThat(page.locator("#application-status")).hasText("Đã nộp, chờ xét duyệt");
                assertThat(page.locator("vaadin-form-item", new Page.LocatorOptions().setHasText("Họ và tên")))
                        .containsText(NAME);
                assertThat(page.locator("body")).containsText("Người dân tộc thiểu số");   // the claim is kept
            });

            // ---- 3. the office closes registration (early, by a recorded decision); the secretary reviews
            step("administrator closes registration with the decision", () -> {
                office.navigate(base + "/campaign/" + c.id);
                office.locator("#take-step").click();
                office.locator("#step-confirm").click();
                assertThat(office.locator("#step-reason")).hasAttribute("invalid", "");
                office.locator("#step-reason textarea").fill("Quyết định số 45/QĐ-SNV: đã nhận đủ phiếu (thử nghiệm)");
                office.locator("#step-confirm").click();
                assertThat(office.locator("#campaign-status")).hasText("Đã kết thúc nhận phiếu");
            });
            step("candidate signs out, secretary signs in", () -> {
                page.locator("#logout").click();
                page.waitForURL(u -> u.contains("/login"));
                signIn(page, "/login", c.secretary, Scenario.PASSWORD);
            });
            Page secretary = page;
            step("an unknown address: page not found, HTTP 404", () -> {
                com.microsoft.playwright.Response notFound = secretary.navigate(base + "/no-such-page");
                assertThat(notFound.status()).isEqualTo(404);
                assertThat(secretary.locator("#not-found-title")).hasText("Không tìm thấy trang");
                assertThat(secretary.locator("#not-found-text")).containsText("/no-such-page");
                assertThat(secretary.locator("body")).not().containsText("Development Mode");
                accessible(secretary, "page not found");
                secretary.locator("#not-found-home").click();
                secretary.waitForURL(u -> u.endsWith("/review"));
            });
            step("review: accept, confirm priority, publish", () -> {
                secretary.navigate(base + "/review");
                gridCell(secretary, NAME).click();
                secretary.locator("#accept").click();
                assertThat(gridCell(secretary, "Đủ điều kiện dự thi")).isVisible();
                assertThat(secretary.locator("#accept")).hasCount(0);
                // the panel stays on her: the priority claim still waits
                secretary.locator("#confirm-priority-ETHNIC_MINORITY").click();
                assertThat(gridCell(secretary, "Người dân tộc thiểu số – Đã xác nhận")).isVisible();
                // the room, where and when, before the list is published
                secretary.locator("#room-venue input").fill("Trường Chính trị tỉnh, 95 Nguyễn Lương Bằng");
                secretary.locator("#room-capacity input").fill("24");
                secretary.locator("#room-add").click();
                assertThat(notification(secretary, "Đã lưu phòng thi Phòng 01.")).isVisible();
                assertThat(secretary.locator("#room-seats")).hasText("Tổng số chỗ: 24 cho 1 thí sinh đủ điều kiện.");
                secretary.locator("#rooms").scrollIntoViewIfNeeded();
                screenshot(secretary, "review-rooms");
                secretary.locator("#publish-eligible").click();
                confirmDialog(secretary, "Sau khi công bố không thể hoàn tác");
                assertThat(gridCell(secretary, "Phòng 01")).isVisible();   // SBD and room given on publishing
            });

            // ---- 4. round 1 on computer
            String[] otp = new String[1];
            step("sittings: two invigilators, prepare, open, read the one-time password", () -> {
                secretary.navigate(base + "/sittings");
                gridCell(secretary, "Phòng 01").click();
                assertThat(secretary.locator("#two-invigilators")).containsText("cần 2 giám thị; phòng này mới có 0");
                pick(secretary, "#invigilator-pick", c.invigilator);
                secretary.locator("#assign-invigilator").click();
                assertThat(secretary.locator("#room-invigilators")).containsText("Vũ Giám Thị");
                secretary.locator("#prepare-sitting").click();
                secretary.locator("#open-sitting").click();
                // one invigilator is not enough: refused with what to do, the papers stay prepared
                assertThat(notification(secretary, "Phòng 01 cần 2 giám thị trước khi mở ca thi; mới phân công 1."))
                        .isVisible();
                assertThat(gridCell(secretary, "Đã chuẩn bị đề")).isVisible();
                screenshot(secretary, "sittings-one-invigilator");
                pick(secretary, "#invigilator-pick", c.invigilator2);
                secretary.locator("#assign-invigilator").click();
                assertThat(secretary.locator("#room-invigilators")).containsText("Lý Giám Thị");
                assertThat(secretary.locator("#two-invigilators")).hasCount(0);
                secretary.locator("#open-sitting").click();
                assertThat(secretary.locator("#close-sitting")).isVisible();
                assertThat(gridCell(secretary, "Đang thi")).isVisible();
                Locator roster = secretary.locator("#roster");
                assertThat(roster.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                        .setHasText("TS0001"))).isVisible();
                Locator otpCell = roster.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(OTP));
                assertThat(otpCell).hasCount(1);
                otp[0] = otpCell.textContent().trim();
            });

            long applicationId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).get(0).id();
            long attemptId = s.attemptOf(applicationId);
            List<AttemptPart> parts = s.parts.findByAttemptIdOrderByPartNo(attemptId);
            assertThat(parts).hasSize(2);

            Page exam = newPage();
            step("examinee signs in at the room and waits for the check-in", () -> {
                signIn(exam, "/exam-login", "TS0001", otp[0]);
                exam.navigate(base + "/exam");
                assertThat(exam.locator("#exam-name")).hasText(NAME);
                assertThat(exam.locator("#exam-number")).hasText("TS0001");
                assertThat(exam.locator("#exam-position")).hasText(POSITION);
                assertThat(exam.locator("#awaiting-check-in")).containsText("Vui lòng chờ giám thị điểm danh");
                assertThat(exam.locator("#start-part")).hasCount(0);
            });
            step("the secretary checks the candidate in; the exam screen moves on by itself", () -> {
                gridCell(secretary, "TS0001").click();
                secretary.locator("#check-in").click();
                assertThat(secretary.locator("#roster vaadin-grid-cell-content", new Page.LocatorOptions()
                        .setHasText("✓"))).isVisible();
                assertThat(exam.locator("#start-part")).isVisible();   // the lobby's poll, no reload
                assertThat(exam.locator("#awaiting-check-in")).hasCount(0);
            });
            step("part 1: 45 of 60 right", () -> {
                exam.locator("#start-part").click();
                assertThat(exam.locator("#countdown")).hasText(Pattern.compile("^(59:[0-5]\\d|60:00)$"));
                assertThat(notification(exam, UNEXPECTED)).hasCount(0);
                sitPart(exam, parts.get(0), 45);
                assertThat(exam.locator("body")).containsText("Phần 1: Kiến thức chung: 45/60 câu đúng – Đạt");
            });
            step("part 2: 20 answered right, the keyboard, a flag, the screen at three sizes, accessible", () -> {
                exam.locator("#start-part").click();
                AttemptPart part2 = parts.get(1);
                answer(exam, part2, 20, 20);
                List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(part2.getId());
                Map<Long, Integer> keys = vn.thituyen.Scenario.singleKeys(s.examQuestions.answerKeys(
                        paper.stream().map(PaperItem::getQuestionId).toList()));
                // the keyboard: F flags, arrows and N move, a letter chooses (a wrong option here: 20 stay right)
                exam.locator("#nav-21").click();
                assertThat(exam.locator("#question-number")).hasText("Câu 21/30");
                exam.keyboard().press("f");
                assertThat(exam.locator("#nav-21")).hasClass(Pattern.compile("\\bflagged\\b"));
                assertThat(exam.locator("#flag-question")).hasText("Bỏ đánh dấu");
                exam.keyboard().press("ArrowRight");
                assertThat(exam.locator("#question-number")).hasText("Câu 22/30");
                PaperItem q22 = paper.get(21);
                int wrong = q22.displayIndex((keys.get(q22.getQuestionId()) + 1) % q22.order().length);
                exam.keyboard().press(String.valueOf((char) ('a' + wrong)));
                assertThat(exam.locator("#save-status")).containsText("Đã lưu lúc");
                assertThat(exam.locator("#nav-22")).hasClass(Pattern.compile("\\banswered\\b"));
                exam.keyboard().press("n");
                assertThat(exam.locator("#question-number")).hasText("Câu 23/30");
                exam.keyboard().press("p");
                exam.keyboard().press("ArrowLeft");
                assertThat(exam.locator("#question-number")).hasText("Câu 21/30");
                exam.locator("#nav-3").click();
                assertThat(exam.locator("#nav-3")).hasAttribute("aria-current", "step");   // the server answered
                // the stylesheet is applied: answered, unanswered, flagged and current look different
                String answered = style(exam, "#nav-1", "backgroundColor");
                String unanswered = style(exam, "#nav-25", "backgroundColor");
                assertThat(answered).as("answered vs unanswered navigator button").isNotEqualTo(unanswered);
                assertThat(style(exam, "#nav-21", "boxShadow")).isNotEqualTo(style(exam, "#nav-25", "boxShadow"));
                assertThat(style(exam, "#nav-3", "outlineStyle")).isEqualTo("solid");
                assertThat(style(exam, "#nav-25", "outlineStyle")).isEqualTo("none");
                accessible(exam, "exam screen");
                for (int[] size : new int[][] {{1366, 768}, {800, 1280}, {1280, 800}}) {
                    exam.setViewportSize(size[0], size[1]);
                    assertThat(exam.locator("#question-stem")).isVisible();
                    assertInViewport(exam, "#options", size[0], size[1]);
                    assertInViewport(exam, "#countdown", size[0], size[1]);
                    screenshot(exam, "exam-screen-" + size[0] + "x" + size[1]);
                }
                exam.setViewportSize(1366, 900);
                // the hand-in summary lists what is unanswered and flagged
                exam.locator("#submit-part").click();
                Locator dialog = exam.locator("vaadin-confirm-dialog-overlay");
                assertThat(dialog).containsText("Còn 9 câu chưa trả lời.");
                assertThat(dialog).containsText("Câu chưa trả lời: 21, 23, 24, 25, 26, 27, 28, 29, 30.");
                assertThat(dialog).containsText("Câu đang đánh dấu xem lại: 21.");
                exam.locator("[slot='confirm-button']").click();
                assertThat(exam.locator("#submit-part")).hasCount(0);
                assertThat(notification(exam, UNEXPECTED)).hasCount(0);
                assertThat(exam.locator("#result-part-2")).containsText("20/30 câu đúng – Đạt");
                assertThat(exam.locator("#round1-outcome")).containsText("Đạt vòng 1");
            });

            // ---- 5. round 2: each board member scores the interview
            step("interview: head of board scores 82", () -> score(c.grader1, "82", "1/2", "Chờ đủ thành viên chấm"));
            step("interview: member scores 79", () -> score(c.grader2, "79", "2/2", "Điểm: 80,5 (chênh lệch 3)"));

            // ---- 6. results computed by the secretary, approved by the chair
            step("secretary computes results", () -> {
                secretary.navigate(base + "/results");
                secretary.locator("#compute-results").click();
                confirmDialog(secretary, "tạo phiên bản 1");
                assertThat(secretary.locator("#results-status")).containsText("Dự thảo");
                assertThat(gridCell(secretary, NAME)).isVisible();
                assertThat(gridCell(secretary, "85,5")).isVisible();   // (82 + 79) / 2 + 5 priority points
                assertThat(gridCell(secretary, "Trúng tuyển")).isVisible();
            });
            step("chair approves", () -> {
                Page chair = newPage();
                signIn(chair, "/login", c.chair, Scenario.PASSWORD);
                chair.navigate(base + "/results");
                chair.locator("#approve-results").click();
                confirmDialog(chair, "mọi điểm của kỳ tuyển dụng bị khóa");
                assertThat(chair.locator("#results-status")).containsText("Đã phê duyệt");
            });

            // ---- 7. published, for everyone
            step("secretary publishes", () -> {
                secretary.navigate(base + "/results");
                secretary.locator("#document-number input").fill("15/TB-HĐTD");
                secretary.locator("#publish-results").click();
                confirmDialog(secretary, "Không thể rút lại");
                assertThat(secretary.locator("#results-status")).containsText("Đã công bố");
            });
            step("anyone reads the published results, JSON and PDF", () -> {
                Page anonymous = newPage();
                anonymous.navigate(base + "/public/results");
                Locator grid = anonymous.locator("[id='public-results-" + code + "']");
                assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(NAME)))
                        .isVisible();
                assertThat(grid.locator("vaadin-grid-cell-content",
                        new Locator.LocatorOptions().setHasText("Trúng tuyển"))).isVisible();

                APIResponse json = anonymous.request().get(base + "/api/public/campaigns/" + code + "/results");
                assertThat(json.status()).isEqualTo(200);
                String body = new String(json.body(), StandardCharsets.UTF_8);
                assertThat(body).contains(NAME);
                JsonNode line = new ObjectMapper().readTree(body).get("results").get(0);
                assertThat(line.get("fullName").asText()).isEqualTo(NAME);
                assertThat(line.get("candidateNumber").asText()).isEqualTo("TS0001");
                assertThat(line.get("outcome").asText()).isEqualTo("WINNER");

                APIResponse pdf = anonymous.request().get(base + "/api/public/campaigns/" + code + "/results.pdf");
                assertThat(pdf.status()).isEqualTo(200);
                assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
                String text;
                try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                    text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
                }
                assertThat(text).contains(NAME).contains("DANH SÁCH KẾT QUẢ THI TUYỂN");
            });
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            // the login, sign-up, candidate, exam and staff pages ran under the application's CSP without a report
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }

    // ------------------------------------------------------------------ steps

    /** The office's sheet of positions: title, header, one position. */
    private void fillRegistrationForm(Page page, String citizenId) {
        fillApplication(page, "VT01", NAME, "14/03/1995", "Nữ", citizenId, "nhung@example.vn");
        Locator position = page.locator("#position input");
        Locator dob = page.locator("#dateOfBirth input");
        Locator ethnic = page.locator("#priorityCategory vaadin-checkbox", new Page.LocatorOptions()
                .setHasText("Người dân tộc thiểu số")).locator("input");
        ethnic.check();
        assertThat(ethnic).isChecked();
        page.locator("#priorityCategory").scrollIntoViewIfNeeded();
        screenshot(page, "application-form-priorities");
        assertThat(page.locator("#exemption")).containsText("Không");
        assertThat(page.locator("#foreignLanguage")).containsText("Tiếng Anh");
        assertThat(position).hasValue(Pattern.compile("^VT01 – " + POSITION));
        assertThat(dob).hasValue("14/03/1995");
    }

    private void score(String grader, String value, String entered, String state) {
        Page page = newPage();
        signIn(page, "/login", grader, Scenario.PASSWORD);
        page.navigate(base + "/interviews");
        gridCell(page, NAME).click();
        page.locator("#score input").fill(value);
        page.locator("#save-score").click();
        assertThat(gridCell(page, entered)).isVisible();
        assertThat(gridCell(page, state)).isVisible();
        assertThat(page.locator("#interview-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^\\s*" + value + "\\s*$")))).hasCount(1);   // my score
    }

}
