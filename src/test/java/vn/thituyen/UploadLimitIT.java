package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thituyen.questionbank.Subject;

/**
 * The upload limit really is what the screens and the README say (security review, finding 14): Spring's default
 * of 1 MB per multipart file refused a 3 MB bank file before it reached the import dialog.
 */
@ApplicationTest
class UploadLimitIT {

    private static HeadlessChromium chromium;

    @LocalServerPort int port;
    @Autowired Scenario s;

    @BeforeAll
    static void launchBrowser() {
        chromium = new HeadlessChromium(60_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aThreeMegabyteBankFileReachesTheImportPreview() {
        Scenario.Campaign c = s.newCampaign();
        long bank = s.banks.bankFor(Subject.GENERAL_KNOWLEDGE, null).orElseThrow().id();
        StringBuilder aiken = new StringBuilder();
        int questions = 0;
        while (aiken.length() < 3 * 1024 * 1024) {
            questions++;
            aiken.append("Câu hỏi thử tải lên số ").append(questions).append(": ")
                    .append("nội dung dài để tệp vượt quá một megabyte ".repeat(150)).append("?\n")
                    .append("A. Một\nB. Hai\nC. Ba\nD. Bốn\nANSWER: A\n\n");
        }
        byte[] file = aiken.toString().getBytes(StandardCharsets.UTF_8);
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            page.navigate(base + "/login");
            Locator form = page.locator("vaadin-login-form");
            form.locator("#vaadinLoginUsername input").fill(c.author1);
            form.locator("#vaadinLoginPassword input").fill(Scenario.PASSWORD);
            form.locator("vaadin-button[slot='submit'], vaadin-button[part~='vaadin-login-submit']").first().click();
            page.waitForURL(u -> !u.contains("login"));
            page.navigate(base + "/bank/" + bank);
            page.locator("#import-open").click();
            page.locator("#import-upload input[type=file]").setInputFiles(
                    new FilePayload("lon.aiken.txt", "text/plain", file));
            String count = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"))
                    .format(questions);
            assertThat(page.locator("#import-summary")).containsText("Sẽ nhập " + count + " câu hỏi");
        }
    }
}
