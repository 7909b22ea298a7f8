package org.minipublic.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium. Browsers cannot be downloaded here, so the README's test command
 * installs {@code chromium} and {@code chromium-driver} from apt; the paths can be overridden with
 * {@code -Dminipublic.chromium} and {@code -Dminipublic.chromedriver}.
 */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        var chromium = System.getProperty("minipublic.chromium", "/usr/bin/chromium");
        var driver = System.getProperty("minipublic.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(driver))) {
            throw new IllegalStateException("Browser tests need " + chromium + " and " + driver
                    + ": run `apt-get install -y chromium chromium-driver` (the README's test command does).");
        }
        try {
            var profile = Files.createTempDirectory("minipublic-chromium-");
            var options = new ChromeOptions()
                    .setBinary(chromium)
                    .addArguments(List.of(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--lang=en-GB",
                            "--user-data-dir=" + profile));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(driver).toFile())
                    .usingAnyFreePort()
                    .build();
            var browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // A click that submits a form returns before the next page has loaded; look for elements patiently.
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            browser.manage().window().setSize(new Dimension(1280, 1000));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the user sees, for people reviewing a change (target/screenshots). */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            var folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page against the axe-core rules for WCAG 2.1 A and AA, after saving a screenshot. */
    public static void assertAccessible(ChromeDriver browser, String page) {
        screenshot(browser, page);
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations())
                .as(page + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    /** Checks that the page does not scroll sideways on a 360-pixel-wide phone screen, saving a screenshot of it. */
    public static void assertFitsAPhone(ChromeDriver browser, String page) {
        var desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(360, 740));
            screenshot(browser, page);
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow)
                    .as(page + " scrolls sideways on a 360px screen")
                    .isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList()
                .toString();
    }
}
