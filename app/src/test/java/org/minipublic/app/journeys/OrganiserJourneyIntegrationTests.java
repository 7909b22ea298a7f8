package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An organiser in a real browser: logs in, starts an assembly, and finds it in the audit log. Each page passes the
 * axe-core accessibility rules (WCAG 2.1 A and AA) and fits a 360-pixel-wide phone screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganiserJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ChromeDriver browser;
    TestUser organiser;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Journey Organiser");
        fixtures.assembly(organiser, Fixtures.unique("Earlier assembly"));
        browser = Browser.start();
    }

    @BeforeEach
    void logOut() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void organiserCreatesAnAssemblyAndSeesItInTheAuditLog() {
        open("/login");
        assertAccessible("login");
        browser.findElement(By.id("email")).sendKeys(organiser.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        waitForHeading("Your assemblies");

        browser.findElement(By.linkText("Start a new assembly")).click();
        waitForHeading("Start a new assembly");
        String title = Fixtures.unique("Assembly on safer streets");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("question")).sendKeys("How can we make the borough feel safer?");
        browser.findElement(By.id("commissioners")).sendKeys("Borough Council\nBorough Police");
        browser.findElement(By.id("days-0-weekend")).sendKeys("1");
        typeDate("days-0-date", "2027-02-20");
        typeTime("days-0-startsAt", "10:00");
        typeTime("days-0-endsAt", "09:00"); // a mistake the form must catch
        browser.findElement(By.id("days-0-venueName")).sendKeys("Town Hall");
        browser.findElement(By.xpath("//button[normalize-space()='Create the assembly']"))
                .click();

        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("The day must end after it starts");
        assertAccessible("new-assembly-with-errors");
        typeTime("days-0-endsAt", "16:30");
        browser.findElement(By.xpath("//button[normalize-space()='Create the assembly']"))
                .click();

        waitForHeading(title);
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The assembly has been created");
        assertAccessible("dashboard");
        assertFitsAPhone("dashboard-phone");

        browser.findElement(By.cssSelector(".assembly-nav"))
                .findElement(By.linkText("Audit log"))
                .click();
        var firstRows = browser.findElements(By.cssSelector("#audit-results tbody tr"));
        assertThat(firstRows).extracting(row -> row.getText()).anySatisfy(text -> assertThat(text)
                .contains("Assembly created")
                .contains(title)
                .contains("Journey Organiser"));
        assertAccessible("audit-log");
    }

    @Test
    void aMemberSeesTheirAssemblyInUrdu() {
        var organiserOfMembers = fixtures.user("Urdu Organiser");
        var assembly = fixtures.assembly(organiserOfMembers, Fixtures.unique("Members"));
        var member = fixtures.userWithRole("Urdu Member", assembly, AssemblyRole.MEMBER);
        open("/login?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("email")).sendKeys(member.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        open("/assemblies/" + assembly + "/member");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ur");
        assertAccessible("member-page-urdu");
        assertFitsAPhone("member-page-urdu-phone");
        open("/assemblies/" + assembly + "/edit");
        assertThat(statusOfThisPage()).as("a member opening the edit page").isEqualTo(403);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible("forbidden-page-urdu");
        open("/logout-page-that-does-not-exist");
        assertThat(statusOfThisPage()).isEqualTo(404);
        assertAccessible("not-found-urdu");
        open("/?lang=en");
    }

    private void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The HTTP status the browser received for the page it shows (Navigation Timing, level 2). */
    private long statusOfThisPage() {
        return (Long) browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    /** Date and time inputs take keyboard input in the browser's own format; set the value as a script would. */
    private void typeDate(String id, String isoDate) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private void typeTime(String id, String time) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, time);
    }

    private void assertAccessible(String page) {
        Browser.screenshot(browser, page);
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations())
                .as(page + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    private void assertFitsAPhone(String page) {
        var desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(360, 740));
            Browser.screenshot(browser, page);
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
