package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberChanges;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberImport;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.Payment;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A facilitator checks members in at the door on a tablet held upright and then on a phone: each tap changes that
 * name only (htmx, no page load), the count follows, and a reload shows what was recorded. Every members page passes
 * the axe-core rules (WCAG 2.1 A and AA), in English and Urdu, and fits a 360-pixel screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInJourneyIntegrationTests {

    private static final int MEMBERS = 12;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    MemberImport imports;

    ChromeDriver browser;
    TestUser organiser;
    TestUser facilitator;
    AssemblyId assembly;
    MemberId nasreen;
    MemberId ann;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Check-in Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Check-in journey"));
        facilitator = fixtures.userWithRole("Check-in Journey Facilitator", assembly, AssemblyRole.FACILITATOR);
        var urdu = new MemberProfile("Nasreen", "Khan", "nasreen@example.org", "", "ur", true, "Step-free access");
        nasreen = members.enrol(Actor.system(), assembly, new NewMember(urdu, Map.of("Gender", "Woman"), null));
        members.update(
                Actor.system(),
                assembly,
                nasreen,
                new MemberChanges(urdu, new Payment(15_000, 1_240, true, false), "Prefers a quiet table"),
                0);
        ann = enrol("Ann", "Lee");
        for (int i = 2; i < MEMBERS; i++) {
            enrol("Member", "Number " + i);
        }
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
    void aFacilitatorChecksMembersInOnATabletAndAPhone() {
        browser.manage().window().setSize(new Dimension(768, 1024));
        logIn(facilitator);
        open("/assemblies/" + assembly + "/members/check-in");
        waitForHeading("Check-in: day 1, Saturday 20 February");
        assertThat(count()).isEqualTo("0 of 12 checked in");
        assertThat(row(nasreen).getText()).contains("Urdu", "interpreter", "Step-free access");
        assertAccessible("check-in-tablet");
        var button = row(ann).findElement(By.tagName("button"));
        assertThat(button.getRect().getHeight()).as("a touch target").isGreaterThanOrEqualTo(48);

        browser.executeScript("window.notReloaded = true;");
        tap(ann, true);
        assertThat(count()).isEqualTo("1 of 12 checked in");
        assertThat(row(ann).getText()).contains("Checked in");
        tap(nasreen, true);
        tap(ann, false);
        assertThat(count()).isEqualTo("1 of 12 checked in");
        assertThat(browser.executeScript("return window.notReloaded === true;"))
                .as("taps swap one line, without loading the page")
                .isEqualTo(true);
        Browser.screenshot(browser, "check-in-tablet-after-taps");

        browser.navigate().refresh();
        assertThat(count()).isEqualTo("1 of 12 checked in");
        assertThat(row(nasreen).getAttribute("class")).contains("is-present");
        assertThat(row(ann).getAttribute("class")).doesNotContain("is-present");

        browser.manage().window().setSize(new Dimension(360, 740));
        assertFitsAPhone("check-in-phone");
        tap(ann, true);
        assertThat(count()).isEqualTo("2 of 12 checked in");
        assertAccessible("check-in-phone-after-tap");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theMembersPagesAreAccessibleInEnglishAndUrdu() {
        logIn(organiser);
        String base = "/assemblies/" + assembly + "/members";
        open(base);
        waitForHeading("Members");
        assertAccessible("members-list");
        assertFitsAPhone("members-list-phone");
        open(base + "/" + nasreen);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Prefers a quiet table", "nasreen@example.org", "£150.00");
        assertAccessible("member-page");
        assertFitsAPhone("member-page-phone");
        open(base + "/" + nasreen + "/edit");
        assertAccessible("member-edit");
        open(base + "/" + nasreen + "/withdraw");
        assertAccessible("member-withdraw");
        open(base + "/new");
        assertAccessible("member-new");
        open(base + "/finance");
        assertAccessible("members-finance");
        assertFitsAPhone("members-finance-phone");
        var check = imports.upload(
                organiser.actor(),
                assembly,
                "members.csv",
                "first name,last name,email,interpreter\nNew,Person,new@example.org,perhaps\n".getBytes());
        open(base + "/uploads/" + check.uploadId());
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Row 2, column interpreter");
        assertAccessible("members-upload-check");

        open(base + "?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("members-list-urdu");
        assertFitsAPhone("members-list-urdu-phone");
        open(base + "/check-in/2027-02-20");
        assertAccessible("check-in-urdu");
        assertFitsAPhone("check-in-urdu-phone");
        open(base + "?lang=en");
    }

    private MemberId enrol(String first, String last) {
        var profile = new MemberProfile(
                first, last, (first + "." + last).replace(' ', '.') + "@example.org", "", "en", false, "");
        return members.enrol(Actor.system(), assembly, NewMember.byHand(profile));
    }

    /** Taps a name and waits until htmx has swapped in its new line. */
    private void tap(MemberId member, boolean nowPresent) {
        row(member).findElement(By.tagName("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // htmx replaced the line while we read it
                .until(driver -> {
                    var classes = row(member).getAttribute("class");
                    return classes != null && classes.contains("is-present") == nowPresent;
                });
    }

    private WebElement row(MemberId member) {
        return browser.findElement(By.id("member-" + member));
    }

    private String count() {
        return browser.findElement(By.id("check-in-count")).getText();
    }

    private void logIn(TestUser user) {
        open("/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
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
        var before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(360, 740));
            Browser.screenshot(browser, page);
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow)
                    .as(page + " scrolls sideways on a 360px screen")
                    .isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(before);
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
