package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
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
 * The members' verdict in a real browser: the organiser opens the round, a member on a phone gives a score to one
 * response and no view to the other by tapping the labels, and every page passes axe-core and fits the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdictJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    @Autowired
    Members members;

    @Autowired
    PortalCards cards;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;
    RecommendationId figures;
    RecommendationId victims;

    @BeforeAll
    void start() {
        organiser = fixtures.user("Verdict Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Verdict journey"));
        var actor = organiser.actor();
        figures = responses.add(actor, assembly, "Figures by ward", "Stop and search figures for every ward.");
        victims = responses.add(actor, assembly, "Keep victims informed", "A named contact for every victim.");
        respond(figures, ResponseStatus.ACCEPTED, "Published each quarter.");
        respond(victims, ResponseStatus.UNDER_CONSIDERATION, "We are costing it.");
        responses.publish(actor, assembly, true);
        members.enrol(
                Actor.system(),
                assembly,
                NewMember.byHand(new MemberProfile("Amina", "Verdict", "amina@example.org", "", "en", false, "")));
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
    void theOrganiserOpensTheRoundAndAMemberGivesTheirVerdictOnAPhone() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logIn(organiser);
        journey.open("/assemblies/" + assembly + "/verdicts");
        Browser.assertAccessible(browser, "verdict-round-none");
        journey.click("//main//form[contains(@action,'/verdicts/open')]//button");
        assertThat(journey.text()).contains("The round is open", "Members who have given their verdict: 0");
        Browser.assertAccessible(browser, "verdict-round-open");
        journey.logOut();

        var card = cards.issue(organiser.actor(), assembly, false).get(0);
        browser.manage().window().setSize(new Dimension(360, 740));
        journey.open("/portal#code=" + card.grouped());
        journey.click("//main//button[@type='submit']");
        journey.click("//main//a[@href='/portal/verdict']");
        assertThat(journey.text()).contains("Your verdict on the responses", "We are costing it.");
        Browser.assertAccessible(browser, "portal-verdict-phone");
        Browser.assertFitsAPhone(browser, "portal-verdict-phone");

        browser.findElement(By.cssSelector("label[for='r-" + figures + "-9']")).click();
        journey.click("//main//form[@action='/portal/verdict']//button");
        assertThat(journey.text()).contains("There is a problem", "for recommendation 2");
        assertThat(browser.findElement(By.id("r-" + figures + "-9")).isSelected())
                .as("the choice made is kept")
                .isTrue();
        Browser.assertAccessible(browser, "portal-verdict-problem-phone");
        browser.findElement(By.cssSelector("label[for='r-" + victims + "-none']"))
                .click();
        journey.click("//main//form[@action='/portal/verdict']//button");

        assertThat(journey.text()).contains("your verdict is counted", "Given, thank you");
        Browser.assertAccessible(browser, "portal-home-verdict-given-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void respond(RecommendationId id, ResponseStatus status, String reasoning) {
        responses.respond(
                organiser.actor(),
                assembly,
                id,
                new ResponseText(status, reasoning, "Police", "", responses.today()),
                -1);
    }
}
