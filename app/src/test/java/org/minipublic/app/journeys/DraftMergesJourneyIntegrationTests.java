package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftText;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Merging, splitting and commenting in a real browser: the organiser ticks two drafts and merges them (the form starts
 * with their texts joined), a table's comment is typed in and another removed after confirming, and a draft is split
 * in two. Every page passes axe (WCAG 2.1 A and AA), and the draft's page fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftMergesJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafts drafts;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Merge Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Merge journey"));
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
    void twoDraftsAreMergedCommentedOnAndAnotherIsSplit() {
        var visibility = drafts.addTheme(organiser.actor(), assembly, "Visibility");
        var youth = drafts.addTheme(organiser.actor(), assembly, "Youth engagement");
        var patrols = drafts.add(
                organiser.actor(),
                assembly,
                visibility,
                "Table 1",
                new DraftText("Officers on foot", "Patrol town centres on foot.", ""));
        var events = drafts.add(
                organiser.actor(),
                assembly,
                youth,
                "Table 4",
                new DraftText("Officers at youth clubs", "Visit youth clubs every month.", ""));
        journey.logIn(organiser);
        String base = "/assemblies/" + assembly + "/drafts";
        journey.open(base);
        browser.findElement(By.id("pick-" + patrols)).click();
        browser.findElement(By.id("pick-" + events)).click();
        Browser.assertAccessible(browser, "drafts-to-merge");
        journey.click("//button[normalize-space()='Merge the ticked drafts']");
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Officers on foot / Officers at youth clubs");
        Browser.assertAccessible(browser, "drafts-merge-form");
        var title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Officers seen and met");
        journey.click("//button[normalize-space()='Merge into one draft']");
        assertThat(journey.text())
                .contains("The drafts were merged")
                .contains("Merged from")
                .contains("Officers on foot")
                .contains("Officers at youth clubs");

        comment("Young people want the same officers each time.", "Table 4");
        comment("Ask the youth service too.", "");
        assertThat(journey.text()).contains("Table 4⁩, typed in by").contains("A table or member, typed in by");
        Browser.assertAccessible(browser, "draft-with-comments");
        Browser.assertFitsAPhone(browser, "draft-with-comments-phone");
        journey.click("(//a[starts-with(normalize-space(), 'Remove')])[2]");
        assertThat(journey.text()).contains("Remove this comment?").contains("Ask the youth service too.");
        Browser.assertAccessible(browser, "draft-comment-remove");
        journey.click("//button[normalize-space()='Remove the comment']");
        assertThat(journey.text()).contains("Comment removed by").doesNotContain("Ask the youth service too.");

        journey.open(base + "/" + patrols);
        assertThat(journey.text()).contains("Merged into").contains("Officers seen and met");
        split(base);
    }

    private void split(String base) {
        DraftId cameras = drafts.add(
                organiser.actor(),
                assembly,
                drafts.themes(organiser.actor(), assembly).get(0).id(),
                "Table 3",
                new DraftText("Cameras and lights", "More cameras. Better street lights.", ""));
        journey.open(base + "/" + cameras);
        journey.click("//a[normalize-space()='Split this draft']");
        Browser.assertAccessible(browser, "draft-split-form");
        fill("parts-0-title", "More cameras");
        fill("parts-0-body", "More cameras.");
        fill("parts-1-title", "Better street lights");
        fill("parts-1-body", "Better street lights.");
        journey.click("//button[normalize-space()='Split into these drafts']");
        // the parts are listed in the order they were given
        assertThat(journey.text()).containsSubsequence("Split into", "More cameras", "Better street lights");
        Browser.assertAccessible(browser, "draft-split");
    }

    private void comment(String text, String saidBy) {
        browser.findElement(By.xpath("//summary[normalize-space()='Add a comment']"))
                .click();
        browser.findElement(By.id("comment-said-by")).sendKeys(saidBy);
        browser.findElement(By.id("comment-body")).sendKeys(text);
        journey.click("//button[normalize-space()='Add the comment']");
    }

    private void fill(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
