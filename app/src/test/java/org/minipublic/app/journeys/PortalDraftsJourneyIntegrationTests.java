package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.deliberation.Amendments;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftText;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.deliberation.Review;
import org.minipublic.app.deliberation.Reviews;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 13's member journey in a real browser, on a phone: a member signs in with the code from their card, finds the
 * drafts from their home page, reads one with what professionals said and how it changed, proposes a change to its
 * wording and is told plainly when a comment is empty; the proposal waits for the organisers, by "a member".
 * Every page passes axe-core and none scrolls sideways on a 360-pixel screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalDraftsJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafts drafts;

    @Autowired
    Amendments amendments;

    @Autowired
    Reviews reviews;

    @Autowired
    Members members;

    @Autowired
    PortalCards cards;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;
    DraftId stops;
    MemberId amina;

    @BeforeAll
    void start() {
        organiser = fixtures.user("Portal Drafts Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Portal drafts journey"));
        var actor = organiser.actor();
        var officer = fixtures.userWithRole("Portal Drafts Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var theme = drafts.addTheme(actor, assembly, "Accountability");
        stops = drafts.add(
                actor,
                assembly,
                theme,
                "Table 5",
                new DraftText(
                        "Publish stop and search figures",
                        "Publish stop and search figures every year.",
                        "People do not trust what they cannot see."));
        drafts.revise(
                actor,
                assembly,
                stops,
                new DraftText(
                        "Publish stop and search figures by ward",
                        "Publish stop and search figures by ward every quarter.",
                        "People do not trust what they cannot see."),
                "Tables 4 and 5 combined their ideas",
                1);
        reviews.openRound(actor, assembly, LocalDate.now().plusDays(30));
        reviews.comment(
                officer.actor(),
                assembly,
                stops,
                Review.Kind.FEASIBILITY,
                "Quarterly figures are possible from April.");
        var profile = new MemberProfile("Amina", "Drafts", "amina.drafts@example.org", "", "en", false, "");
        amina = members.enrol(Actor.system(), assembly, NewMember.byHand(profile));
        browser = Browser.start();
        journey = new Journey(browser, port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberOnAPhoneReadsADraftAndProposesAChange() {
        var card = cards.issue(organiser.actor(), assembly, amina);
        browser.manage().window().setSize(new Dimension(360, 740));
        journey.open("/portal?lang=en#code=" + card.grouped());
        journey.click("//main//button[@type='submit']");
        journey.click("//main//a[@href='/portal/drafts']");
        assertThat(journey.text()).contains("Accountability", "Publish stop and search figures by ward");
        Browser.assertAccessible(browser, "portal-drafts-phone");
        Browser.assertFitsAPhone(browser, "portal-drafts-phone");

        journey.click("//main//a[contains(., 'Publish stop and search figures by ward')]");
        assertThat(journey.text())
                .contains("What professionals said", "Quarterly figures are possible from April.")
                .contains("How the text changed", "Tables 4 and 5 combined their ideas");
        Browser.assertAccessible(browser, "portal-draft-phone");
        Browser.assertFitsAPhone(browser, "portal-draft-phone");

        browser.findElement(By.xpath("//main//details/summary")).click();
        var wording = browser.findElement(By.id("wording"));
        wording.clear();
        wording.sendKeys("Publish stop and search figures by ward every month.");
        browser.findElement(By.id("why")).sendKeys("Monthly figures show a problem sooner.");
        journey.click("//main//form[contains(@action, '/amendments')]//button[@type='submit']");
        assertThat(journey.text())
                .contains("Thank you: your proposal is on this page")
                .contains(
                        "Proposed change 1: waiting for a decision", "Yours", "Monthly figures show a problem sooner.");
        Browser.assertAccessible(browser, "portal-draft-proposed-phone");

        journey.click("//main//form[contains(@action, '/comments')]//button[@type='submit']");
        assertThat(journey.text()).contains("There is a problem", "Write a comment of 1 to 2,000 characters.");
        Browser.assertAccessible(browser, "portal-draft-problem-phone");
        Browser.assertFitsAPhone(browser, "portal-draft-problem-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        assertThat(amendments.of(organiser.actor(), assembly, stops))
                .singleElement()
                .satisfies(a -> assertThat(a.proposedBy()).isEqualTo("a member, on the member portal"))
                .satisfies(a -> assertThat(a.why()).isEqualTo("Monthly figures show a problem sooner."));
    }
}
