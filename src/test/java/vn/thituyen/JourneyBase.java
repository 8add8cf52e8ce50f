package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.questionbank.QuestionText;

/**
 * What the browser journeys share: headless Chromium, a fresh browser context per person, sign-in, steps with
 * timings, accessibility checks with axe-core, screenshots, and the server errors and CSP reports seen on the way.
 */
public abstract class JourneyBase {

    protected static final double TIMEOUT_MS = 30_000;
    /** The start of the notice every unexpected server error shows (error.unexpected). */
    protected static final String UNEXPECTED = "Đã xảy ra lỗi";
    protected static final Pattern OTP = Pattern.compile("^\\s*[A-HJ-NP-Z2-9]{6}\\s*$");

    private static HeadlessChromium chromium;
    protected static Browser browser;

    @LocalServerPort protected int port;
    @Autowired protected Scenario s;

    protected final List<BrowserContext> contexts = new ArrayList<>();
    protected final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    /** What the browser's console says about the Content-Security-Policy (security review, finding 9): nothing. */
    protected final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());
    protected String base;

    @BeforeAll
    static void launchBrowser() {
        chromium = new HeadlessChromium(TIMEOUT_MS);
        browser = chromium.browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    // ------------------------------------------------------------------ helpers

    /** The office's own Excel sheet of positions: a title, a header row, one position (VT02). */
    protected static byte[] journeySheet() throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Chỉ tiêu");
            sheet.createRow(0).createCell(0).setCellValue("CHỈ TIÊU TUYỂN DỤNG");
            String[][] rows = {{"STT", "Mã vị trí", "Vị trí việc làm", "Cơ quan sử dụng", "Chỉ tiêu", "Trình độ"},
                {"1", "VT02", "Chuyên viên pháp chế", "Sở Tư pháp", "1", "Đại học"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * On the campaigns screen, creates a campaign as an office does: code, name, the rule set whose label starts
     * with {@code ruleSet} (null keeps the default the kind proposes), announced today, applications from today
     * (the window's end follows the announcement: 30 days from the next day); the screen then shows the draft.
     */
    protected void createCampaign(Page office, String code, String name, String ruleSet, String announcedWhere) {
        office.navigate(base + "/campaigns");
        office.locator("#create-campaign").click();
        office.locator("#campaign-code input").fill(code);
        office.locator("#campaign-name input").fill(name);
        if (ruleSet != null) {
            office.locator("#campaign-rule-set").click();
            office.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions()
                    .setHasText(ruleSet)).click();
        }
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(s.clock.withZone(
                vn.thituyen.campaign.CampaignSetupService.ZONE));
        Locator announced = office.locator("#campaign-announced-on input");
        announced.fill(today.format(dmy));
        announced.press("Enter");
        assertThat(office.locator("#campaign-closes-on input")).hasValue(today.plusDays(30).format(dmy));
        Locator opens = office.locator("#campaign-opens-on input");
        opens.fill(today.format(dmy));
        opens.press("Enter");
        office.locator("#campaign-announcement-place input").fill(announcedWhere);
        office.locator("#save-campaign").click();
        assertThat(office.locator("#campaign-status")).hasText("Bản nháp");
    }

    /** VT01 through the form, VT02 from the office's Excel sheet ({@link #journeySheet}). */
    protected void addTwoPositions(Page office, String vt01, int quota) throws java.io.IOException {
        office.locator("#add-position").click();
        office.locator("#position-code input").fill("VT01");
        office.locator("#position-name input").fill(vt01);
        office.locator("#position-agency input").fill("Sở Nội vụ");
        office.locator("#position-quota input").fill(String.valueOf(quota));
        office.locator("#save-position").click();
        assertThat(gridCell(office, vt01)).isVisible();
        java.nio.file.Path sheet = Paths.get("target", "journey-positions-" + System.nanoTime() + ".xlsx");
        java.nio.file.Files.write(sheet, journeySheet());
        office.locator("#position-upload input[type=file]").setInputFiles(sheet);
        assertThat(office.locator("#import-preview")).isVisible();
        office.locator("#import-take").click();
        assertThat(notification(office, "Đã nhập 1 vị trí việc làm.")).isVisible();
        assertThat(office.locator("#import-preview")).hasCount(0);
        assertThat(office.locator("#positions")).containsText("Chuyên viên pháp chế");
    }

    /** Announces the campaign and opens registration, each after its confirmation. */
    protected void announceAndOpen(Page office, String code) {
        office.locator("#take-step").click();
        confirmDialog(office, "Thông báo kỳ tuyển dụng " + code);
        assertThat(office.locator("#campaign-status")).hasText("Đã thông báo");
        office.locator("#take-step").click();
        confirmDialog(office, "Mở nhận phiếu cho kỳ tuyển dụng " + code);
        assertThat(office.locator("#campaign-status")).hasText("Đang nhận phiếu");
    }

    protected void signIn(Page page, String loginPath, String username, String password) {
        page.navigate(base + loginPath);
        Locator form = page.locator("vaadin-login-form");
        form.locator("#vaadinLoginUsername input").fill(username);
        form.locator("#vaadinLoginPassword input").fill(password);
        form.locator("vaadin-button[slot='submit'], vaadin-button[part~='vaadin-login-submit']").first().click();
        page.waitForURL(u -> !u.contains("login"));
        assertThat(page.locator("#current-user")).hasText(username);
    }

    /** Runs axe-core on the page as it is now; any serious or critical violation fails the journey. */
    protected static void accessible(Page page, String what) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                for (var node : rule.getNodes()) {
                    problems.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + node.getTarget()
                            + " " + node.getHtml().substring(0, Math.min(160, node.getHtml().length())));
                }
            }
        }
        System.out.printf("[journey] axe on %s: %d violations (%d serious or critical nodes)%n", what,
                results.getViolations().size(), problems.size());
        assertThat(problems).as("axe serious/critical violations on " + what).isEmpty();
    }

    /** The computed CSS property of the first element matching the selector. */
    protected static String style(Page page, String selector, String property) {
        return (String) page.locator(selector).first().evaluate("(el, p) => getComputedStyle(el)[p]", property);
    }

    protected static void assertInViewport(Page page, String selector, int width, int height) {
        page.locator(selector).first().scrollIntoViewIfNeeded();
        var box = page.locator(selector).first().boundingBox();
        assertThat(box).as(selector + " is rendered").isNotNull();
        assertThat(box.x).as(selector + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(selector + " right edge within " + width).isLessThanOrEqualTo(width);
        assertThat(box.y + Math.min(box.height, 40)).as(selector + " within the height").isLessThanOrEqualTo(height);
    }

    /** A screenshot to look at (target/screenshots), e.g. the one the README shows. */
    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
        System.out.println("[journey] screenshot target/screenshots/" + name + ".png");
    }

    /** The question before a step that cannot be undone: it says what will happen; the step runs on "yes". */
    protected static void confirmDialog(Page page, String says) {
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText(says);
        page.locator("[slot='confirm-button']").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).hasCount(0);
    }

    protected Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(1366, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS * 2);
        context.onResponse(r -> {
            if (r.status() >= 500) {
                serverErrors.add(r.status() + " " + r.url());
            }
        });
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                cspViolations.add(m.type() + ": " + m.text());
            }
        });
        return page;
    }

    protected static Locator gridCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }

    protected static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    protected void step(String name, ThrowingRunnable body) {
        long t0 = System.nanoTime();
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.out.printf("[journey] %-45s %6d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    protected void screenshots() {
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page p : context.pages()) {
                try {
                    p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(Paths.get("/tmp/journey-" + (++n) + ".png")));
                    System.out.println("[journey] screenshot /tmp/journey-" + n + ".png of " + p.url());
                } catch (RuntimeException ignored) {
                    // the page may be gone; the others still help
                }
            }
        }
    }

    // ------------------------------------------------------------------ the candidate's steps

    /** Signs up at /signup; the sign-in page follows with its advice (the same answer whether the name was free). */
    protected void signUp(Page page, String username, String fullName, String email) {
        page.navigate(base + "/signup");
        page.locator("#signup-username input").fill(username);
        page.locator("#signup-password input").fill(Scenario.PASSWORD);
        page.locator("#signup-fullname input").fill(fullName);
        page.locator("#signup-email input").fill(email);
        page.locator("#signup-submit").click();
        page.waitForURL(u -> u.contains("/login?signedUp"));
    }

    /** On /my-application, chooses the campaign whose code is given when several are announced. */
    protected static void chooseCampaign(Page page, String code) {
        assertThat(page.locator("#campaign-picker, h2").first()).isVisible();
        if (page.locator("#campaign-picker").count() > 0) {
            pick(page, "#campaign-picker", code);
        }
        assertThat(page.locator("#position")).isVisible();
    }

    /** Fills the application form's own fields (position, person, contact, degree); claims are the caller's. */
    protected static void fillApplication(Page page, String positionCode, String fullName, String dateOfBirth,
            String sex, String citizenId, String email) {
        pick(page, "#position", positionCode);
        page.locator("#fullName input").fill(fullName);
        Locator dob = page.locator("#dateOfBirth input");
        dob.fill(dateOfBirth);
        dob.press("Enter");
        page.locator("#sex vaadin-radio-button", new Page.LocatorOptions().setHasText(sex)).locator("label").click();
        page.locator("#ethnicity input").fill("Tày");
        page.locator("#citizenId input").fill(citizenId);
        page.locator("#phone input").fill("0912345678");
        page.locator("#email input").fill(email);
        page.locator("#address input").fill("Số 12 phố Lê Lợi, phường Trần Phú, TP Hải Dương");
        page.locator("#educationLevel").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Đại học")).click();
        assertThat(page.locator("#educationLevel")).containsText("Đại học");
        page.locator("#major input").fill("Quản lý nhà nước");
    }

    /** Picks the item of a combo box whose label contains {@code text}. */
    protected static void pick(Page page, String comboBox, String text) {
        Locator input = page.locator(comboBox + " input");
        input.click();
        input.fill(text);
        page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(text)).first().click();
    }

    /** Answers every question of the open part, {@code correct} of them right (keys from the server), hands in. */
    protected void sitPart(Page exam, AttemptPart part, int correct) {
        answer(exam, part, part.getQuestionCount(), correct);
        exam.locator("#submit-part").click();
        assertThat(exam.locator("vaadin-confirm-dialog-overlay")).containsText("Còn 0 câu chưa trả lời");
        exam.locator("[slot='confirm-button']").click();
        assertThat(exam.locator("#submit-part")).hasCount(0);
        assertThat(notification(exam, UNEXPECTED)).hasCount(0);
    }

    /** Answers the first {@code count} questions of the open part, {@code correct} of them right. */
    protected void answer(Page exam, AttemptPart part, int count, int correct) {
        List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(part.getId());
        List<Long> ids = paper.stream().map(PaperItem::getQuestionId).toList();
        Map<Long, Integer> keys = vn.thituyen.Scenario.singleKeys(s.examQuestions.answerKeys(ids));
        Map<Long, QuestionText> texts = s.examQuestions.questionTexts(ids);
        int n = paper.size();
        assertThat(n).isEqualTo(part.getQuestionCount());
        String clockAtStart = exam.locator("#countdown").textContent();
        for (int i = 0; i < count; i++) {
            PaperItem item = paper.get(i);
            QuestionText q = texts.get(item.getQuestionId());
            if (i > 0 && i % 10 == 0) {
                exam.locator("#nav-" + (i + 1)).click();        // jump with the navigator now and then
            } else if (i > 0) {
                exam.locator("#next").click();
            }
            assertThat(exam.locator("#question-number")).hasText("Câu " + (i + 1) + "/" + n);
            assertThat(exam.locator("#question-stem")).hasText(q.stem());
            assertThat(exam.locator("#save-status")).not().containsText("Đã lưu");
            int key = keys.get(item.getQuestionId());
            int original = i < correct ? key : (key + 1) % item.order().length;
            int shown = item.displayIndex(original);
            String label = (char) ('A' + shown) + ". " + q.options().get(original);
            Locator option = exam.locator("#options vaadin-radio-button").nth(shown);
            assertThat(option).hasText(label);
            option.locator("label").click();
            assertThat(exam.locator("#save-status")).containsText("Đã lưu lúc");
            assertThat(exam.locator("#nav-" + (i + 1))).hasClass(Pattern.compile("\\banswered\\b"));
        }
        assertThat(exam.locator("#countdown")).not().hasText(clockAtStart);   // the browser's clock ticks
    }

    @FunctionalInterface
    protected interface ThrowingRunnable {
        void run() throws Exception;
    }
}
