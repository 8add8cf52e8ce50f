package vn.thituyen;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The browser of the end-to-end tests: Debian's Chromium, headless. Playwright must never download its own
 * browsers, and without the background-networking flags Chromium's connections are refused on this network.
 */
public final class HeadlessChromium implements AutoCloseable {

    public final Playwright playwright;
    public final Browser browser;

    public HeadlessChromium(double assertionTimeoutMs) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(assertionTimeoutMs);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
