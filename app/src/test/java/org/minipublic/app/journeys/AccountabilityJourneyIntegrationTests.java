package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * After the vote, in a real browser: the police officer answers two recommendations, adds two actions with
 * milestones and posts a progress update; the organiser publishes; a resident, not logged in, sees each response's
 * status, the action plan's chart and the update, on a phone and in Urdu. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    TestUser officer;
    AssemblyId assembly;
    RecommendationId victims;
    RecommendationId training;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Accountability Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Accountability journey"));
        officer = fixtures.userWithRole("Accountability Journey Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        victims = responses.add(organiser.actor(), assembly, "Keep victims informed", "A named contact for each.");
        training = responses.add(organiser.actor(), assembly, "Train every officer", "Designed with local groups.");
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
    void anOfficerAnswersAndPlansAndAResidentFollowsTheProgress() {
        journey.logIn(officer);
        String base = "/assemblies/" + assembly;
        journey.open(base + "/responses?lang=en");
        Browser.assertAccessible(browser, "responses-en");
        respond(base, victims, "status-UNDER_CONSIDERATION", "We are costing it for next year.");
        respond(base, training, "status-ACCEPTED", "Every officer within eighteen months.");
        Browser.assertAccessible(browser, "response-en");

        // two actions, each with a milestone; an update on the first
        addAction(base, "Community-designed training", "rec-" + training, "Course designed", "2031-03-31");
        String trainingAction = browser.getCurrentUrl();
        addAction(base, "Costing victim contacts", "rec-" + victims, "Costing presented", "2031-06-30");
        Browser.assertAccessible(browser, "action-en");
        browser.get(trainingAction);
        browser.findElement(By.id("update-body")).sendKeys("Four workshops held with community groups.");
        browser.findElement(By.id("update-url")).sendKeys("https://example.org/minutes");
        new Select(browser.findElement(By.id("update-status"))).selectByValue("ON_TRACK");
        journey.click("//form[.//textarea[@id='update-body']]//button");
        assertThat(journey.text()).contains("Update posted.").contains("Four workshops held");
        journey.open(base + "/actions?lang=en");
        Browser.assertAccessible(browser, "actions-en");
        assertThat(journey.text()).contains("On track: 1").contains("Not started: 1");
        journey.logOut();

        journey.logIn(organiser);
        journey.open(base + "/responses?lang=en");
        journey.click("//form[contains(@action,'/publish')]//button");
        assertThat(journey.text()).contains("Published");
        // the final report: a section written, the preview checked, version 1 published
        journey.open(base + "/report?lang=en");
        browser.findElement(By.id("introduction")).sendKeys("Forty-five residents met over three weekends.");
        journey.click("//form[.//textarea[@id='introduction']]//button");
        assertThat(journey.text()).contains("Saved as a new version.").contains("Forty-five residents met");
        Browser.assertAccessible(browser, "report-en");
        browser.findElement(By.cssSelector("#versions details summary")).click();
        journey.click("//form[contains(@action,'/report/publish')]//button");
        assertThat(journey.text()).contains("Published. Everyone can now read this version.");
        journey.logOut();

        // a resident on a phone, in English and in Urdu
        browser.manage().window().setSize(new Dimension(360, 800));
        String page = "/public/assemblies/" + assembly + "/accountability";
        journey.open(page + "?lang=en");
        assertThat(journey.text())
                .contains("Under consideration")
                .contains("We are costing it for next year.")
                .contains("Accepted")
                .contains("Community-designed training")
                .contains("Four workshops held with community groups.");
        assertThat(browser.findElement(By.cssSelector("svg.result-bar")).getAttribute("aria-label"))
                .isEqualTo("Action plan progress: 0 of 2 actions done");
        assertThat(browser.findElements(By.cssSelector("svg.result-bar rect"))).hasSize(2);
        Browser.assertAccessible(browser, "public-accountability-en");
        Browser.assertFitsAPhone(browser, "public-accountability-en");
        new Select(browser.findElement(By.id("status"))).selectByValue("NOT_STARTED");
        journey.click("//form[contains(@class,'filter-form')]//button");
        assertThat(browser.findElements(By.cssSelector("article[id^=action-]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("article[id^=action-] h3"))
                        .getText())
                .isEqualTo("Costing victim contacts");
        journey.open(page + "?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(journey.text()).contains("زیر غور");
        Browser.assertAccessible(browser, "public-accountability-ur");
        Browser.assertFitsAPhone(browser, "public-accountability-ur");
        Browser.screenshot(browser, "public-accountability-ur");
        journey.open("/public/assemblies/" + assembly + "/report?lang=ur");
        assertThat(journey.text()).contains("Forty-five residents met").contains("We are costing it for next year.");
        // published in English, it reads left to right inside the Urdu page
        assertThat(browser.findElement(By.cssSelector("main div[lang=en]")).getAttribute("dir"))
                .isEqualTo("ltr");
        Browser.assertAccessible(browser, "public-report-ur");
        Browser.assertFitsAPhone(browser, "public-report-ur");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.open(page + "?lang=en");
    }

    private void respond(String base, RecommendationId id, String status, String reasoning) {
        journey.open(base + "/responses/" + id);
        browser.findElement(By.id(status)).click();
        browser.findElement(By.id("reasoning")).sendKeys(reasoning);
        browser.findElement(By.id("responsibleBody")).sendKeys("Eastbrook Police");
        journey.click("//form[.//textarea[@id='reasoning']]//button");
        assertThat(journey.text()).contains("Response saved.").contains(reasoning);
    }

    private void addAction(String base, String title, String recommendation, String milestone, String due) {
        journey.open(base + "/actions/new");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("owner")).sendKeys("Eastbrook Police");
        browser.findElement(By.id(recommendation)).click();
        journey.click("//main//form//button[@type='submit']");
        assertThat(journey.text()).contains("Action added.");
        // a milestone without a name is refused with the limit in the message, the date typed kept
        browser.executeScript("document.getElementById('milestone-due').value = arguments[0];", due);
        journey.click("//form[.//input[@id='milestone-title']]//button");
        assertThat(journey.text()).contains("Name the milestone, in 1 to 200 characters.");
        assertThat(browser.findElement(By.id("milestone-due")).getAttribute("value"))
                .isEqualTo(due);
        browser.findElement(By.id("milestone-title")).sendKeys(milestone);
        // a date field takes the date as the browser's locale types it; set it as the value it submits
        browser.executeScript("document.getElementById('milestone-due').value = arguments[0];", due);
        journey.click("//form[.//input[@id='milestone-title']]//button");
        assertThat(journey.text()).contains("Milestone added.").contains(milestone);
    }
}
