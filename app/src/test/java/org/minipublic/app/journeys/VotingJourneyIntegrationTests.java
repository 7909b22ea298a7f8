package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.Ballots;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * From draft to result in a real browser: a table's draft is written, changed (the change shown word by word),
 * amended by a member's proposal that the organiser accepts, commented on by the police in a professional review
 * round, and marked final; the organiser prepares a ballot, adds the final drafts to it and opens it; three
 * members vote on a phone-sized screen, one in Urdu and one with the keyboard only; the room screen counts them; the
 * organiser closes the ballot and the results page shows the figures the votes make. Every voting page passes axe
 * (WCAG 2.1 A and AA) and fits a 360-pixel screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VotingJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    org.minipublic.app.deliberation.Drafts drafts;

    @Autowired
    org.minipublic.app.deliberation.Reviews reviews;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;
    List<MemberId> voters = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Voting Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Voting journey"));
        for (int i = 0; i < 3; i++) {
            var profile =
                    new MemberProfile("Voter", "Journey " + i, "journey" + i + "@example.org", "", "en", false, "");
            voters.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        browser = Browser.start();
        journey = new Journey(browser, port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDraftBecomesFinalGoesOnABallotThreeMembersVoteOnPhonesAndTheResultsAddUp() {
        var victims = drafts.addTheme(organiser.actor(), assembly, "Victim support");
        var visibility = drafts.addTheme(organiser.actor(), assembly, "Visibility");
        var patrols = drafts.add(
                organiser.actor(),
                assembly,
                visibility,
                "Table 4",
                new org.minipublic.app.deliberation.DraftText(
                        "Foot patrols in the evening", "More officers on foot.", ""));
        drafts.mark(organiser.actor(), assembly, patrols, org.minipublic.app.deliberation.DraftStatus.FINAL);
        journey.logIn(organiser);
        // A facilitator's table writes a draft, changes it after discussion and marks it final.
        journey.open("/assemblies/" + assembly + "/drafts/new?theme=" + victims);
        browser.findElement(By.id("table")).sendKeys("Table 2");
        browser.findElement(By.id("title")).sendKeys("Keep victims informed");
        browser.findElement(By.id("body")).sendKeys("Every victim gets a contact.");
        submit();
        browser.findElement(By.linkText("Change the text")).click();
        var body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Every victim gets a named contact.");
        browser.findElement(By.id("reason")).sendKeys("Agreed at table 2");
        submit();
        assertThat(browser.findElement(By.cssSelector("main ins")).getText()).contains("named");
        // A member's amendment, proposed through the facilitator, is accepted with a reason.
        browser.findElement(By.xpath("//summary[normalize-space()='Propose an amendment']"))
                .click();
        var amended = browser.findElement(By.id("amendment-body"));
        amended.clear();
        amended.sendKeys("Every victim gets a named contact and hears back within seven days.");
        browser.findElement(By.id("amendment-why")).sendKeys("A member at table 2");
        browser.findElement(By.xpath("//button[normalize-space()='Propose the amendment']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "waiting for a decision"));
        Browser.assertAccessible(browser, "draft-amendment");
        browser.findElement(By.cssSelector("input[name=reason]")).sendKeys("Agreed in plenary");
        browser.findElement(By.xpath("//button[normalize-space()='Accept']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Amendment accepted"));
        assertThat(journey.text()).contains("hears back within seven days");
        // A professional review round: the police comment on feasibility, and everyone sees it beside the draft.
        var draftId = org.minipublic.app.deliberation.DraftId.valueOf(
                browser.getCurrentUrl().replaceAll(".*/drafts/([0-9a-f-]{36}).*", "$1"));
        reviews.openRound(
                organiser.actor(),
                assembly,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7));
        var officer = fixtures.userWithRole(
                "Journey Police Officer", assembly, org.minipublic.app.identity.AssemblyRole.INSTITUTION_OFFICER);
        reviews.comment(
                officer.actor(),
                assembly,
                draftId,
                org.minipublic.app.deliberation.Review.Kind.FEASIBILITY,
                "A named contact is possible within current staffing.");
        browser.navigate().refresh();
        assertThat(journey.text())
                .contains("Feasibility, by")
                .contains("Journey Police Officer")
                .contains("within current staffing");
        Browser.assertAccessible(browser, "draft-reviewed");
        browser.findElement(By.xpath("//button[normalize-space()='Mark final']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                // the button itself says "final", so the wait is for the confirmation on the page that follows;
                // reading main while that page replaces it can fail once, so such an error is read again
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Marked final: ready for the vote."));

        String base = "/assemblies/" + assembly + "/ballots";
        journey.open(base);
        Browser.assertAccessible(browser, "ballots-empty");
        browser.findElement(By.linkText("Prepare a ballot")).click();
        browser.findElement(By.id("title")).sendKeys("Final vote");
        // the form arrives with the support-level method, a five-level scale and the 80 % rule filled in
        assertThat(browser.findElement(By.id("method-SUPPORT")).isSelected()).isTrue();
        Browser.assertAccessible(browser, "ballot-form");
        submit();
        assertThat(browser.getCurrentUrl()).matches(".*/ballots/[0-9a-f-]{36}$");
        var id = BallotId.valueOf(browser.getCurrentUrl().replaceAll(".*/ballots/", ""));

        browser.findElement(By.xpath("//button[normalize-space()='Add the final drafts']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Foot patrols"));
        assertThat(journey.text()).contains("Every victim gets a named contact and hears back within seven days.");
        // one more item typed in by hand, then removed again
        addItem("A question typed in", "");
        browser.findElement(By.xpath("//button[contains(normalize-space(), 'A question typed in')]"
                        + "[starts-with(normalize-space(), 'Remove')]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(
                        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main ol"), "A question")));
        Browser.assertAccessible(browser, "ballot-draft");
        browser.findElement(By.linkText("Open for voting")).click();
        submit();
        assertThat(journey.text()).contains("The ballot is open");
        journey.open(base + "/" + id + "/codes");
        Browser.assertAccessible(browser, "ballot-codes");
        Browser.assertFitsAPhone(browser, "ballot-codes-phone");
        journey.open(base + "/" + id + "/paper");
        Browser.assertAccessible(browser, "ballot-paper");
        Browser.assertFitsAPhone(browser, "ballot-paper-phone");
        var slips = codes.issue(organiser.actor(), assembly, id, voters).codes();

        journey.logOut();
        browser.manage().window().setSize(new Dimension(360, 740));
        // Member 1, in English: strongly supports the first, supports the second.
        vote(slips.get(0), "en", List.of("a0-5", "a1-4"));
        // Member 2, in Urdu: supports the first, opposes the second.
        vote(slips.get(1), "ur", List.of("a0-4", "a1-2"));
        // Member 3, with the keyboard only: supports the first, leaves the second unanswered.
        voteWithTheKeyboard(slips.get(2));
        // A code counts once.
        journey.open("/vote?lang=en#code=" + slips.get(0).value());
        submit();
        assertThat(journey.text()).contains("already been used");

        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logIn(organiser);
        journey.open(base + "/" + id + "/room");
        assertThat(journey.text()).contains("3 of 3 have voted");
        journey.open(base + "/" + id + "/close");
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/results");
        var results = journey.text();
        // item 1: 5, 4, 4 -> 3 of 3 at "Support" or above; item 2: 4, 2, none -> 1 of 2 (50 %)
        assertThat(results).contains("Adopted: 3 of 3 (100 %)");
        assertThat(results).contains("Not adopted: 1 of 2 (50 %)");
        assertThat(results).contains("1 of 2 items adopted.");
        Browser.assertAccessible(browser, "ballot-results");
        Browser.assertFitsAPhone(browser, "ballot-results-phone");
        journey.open(base + "/" + id + "/results?lang=ur");
        Browser.assertAccessible(browser, "ballot-results-urdu");
        journey.open(base + "/" + id + "/room?lang=en");
        Browser.assertAccessible(browser, "ballot-room-closed");
        assertThat(journey.text()).contains("Adopted (100 %)").contains("Not adopted (50 %)");
    }

    /** The draft recommendation pages pass axe and fit a phone, in English and in Urdu. */
    @Test
    void theDraftPagesWorkOnAPhoneAndInUrdu() {
        var actor = organiser.actor();
        var theme = drafts.addTheme(actor, assembly, "Accountability");
        var id = drafts.add(
                actor,
                assembly,
                theme,
                "Table 2",
                new org.minipublic.app.deliberation.DraftText("Keep victims informed", "Victims hear back.", ""));
        drafts.revise(
                actor,
                assembly,
                id,
                new org.minipublic.app.deliberation.DraftText(
                        "Keep victims informed", "Victims hear back within seven days.", ""),
                "A deadline",
                1);
        journey.logOut();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logIn(organiser);
        String base = "/assemblies/" + assembly + "/drafts";
        for (String path : List.of(base, base + "/" + id, base + "/" + id + "/revise", base + "/new")) {
            for (String language : List.of("en", "ur")) {
                journey.open(path + "?lang=" + language);
                String name = "drafts" + path.substring(base.length()).replace('/', '-') + "-" + language;
                Browser.assertAccessible(browser, name);
                Browser.assertFitsAPhone(browser, name + "-phone");
            }
        }
        journey.open(base + "/" + id + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("main ins")).getText()).contains("within seven days");
        journey.logOut();
    }

    private void vote(BallotCode code, String language, List<String> choices) {
        journey.open("/vote?lang=" + language + "#code=" + code.value());
        // the slip's code came after "#": filled in by the page, then dropped from the address
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code.value());
        assertThat(browser.getCurrentUrl()).doesNotContain("#").doesNotContain(code.value());
        Browser.assertAccessible(browser, "vote-code-" + language);
        submit();
        Browser.assertAccessible(browser, "vote-ballot-" + language);
        assertFits("vote-ballot-" + language);
        for (String choice : choices) {
            browser.findElement(By.id(choice)).click();
        }
        submit();
        Browser.assertAccessible(browser, "vote-review-" + language);
        assertFits("vote-review-" + language);
        browser.findElement(By.cssSelector("main form button.button:not(.secondary)"))
                .click();
        wait(By.cssSelector(".receipt"));
        Browser.assertAccessible(browser, "vote-done-" + language);
        assertThat(browser.findElement(By.cssSelector(".receipt")).getText()).matches("[0-9a-f]{16}");
    }

    /** Tab to each control and answer with the arrow keys and Enter, as someone who cannot use a mouse would. */
    private void voteWithTheKeyboard(BallotCode code) {
        journey.open("/vote");
        var field = browser.findElement(By.id("code"));
        field.sendKeys(code.display());
        field.sendKeys(Keys.ENTER);
        wait(By.id("a0-1"));
        // The first radio button of item 1 ("Strongly oppose"), then three steps down the scale to "Support".
        browser.findElement(By.id("a0-1")).sendKeys(Keys.SPACE);
        var active = browser.switchTo().activeElement();
        for (int i = 0; i < 3; i++) {
            active.sendKeys(Keys.ARROW_DOWN);
            active = browser.switchTo().activeElement();
        }
        assertThat(browser.findElement(By.id("a0-4")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        wait(By.cssSelector("main form button.button:not(.secondary)"));
        browser.findElement(By.cssSelector("main form button.button:not(.secondary)"))
                .sendKeys(Keys.ENTER);
        wait(By.cssSelector(".receipt"));
    }

    private void addItem(String title, String body) {
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys(body);
        browser.findElement(By.xpath("//main//form[.//input[@id='title']]//button[@type='submit']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), title));
    }

    private void assertFits(String name) {
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(name + " scrolls sideways at 360 px").isLessThanOrEqualTo(0L);
    }

    private void submit() {
        var before = browser.getCurrentUrl() + browser.getPageSource().hashCode();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !(d.getCurrentUrl() + d.getPageSource().hashCode()).equals(before));
    }

    private void wait(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(what));
    }
}
