package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Pdf;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.minipublic.app.tables.TablePlans;
import org.minipublic.app.tables.TableSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 12's journey in a real browser: the organiser writes the programme and uploads a material, the advisory board
 * approves it and the organiser publishes it, a facilitator checks members in, and a member signs in with the code from
 * their card and finds their table and the material, on a phone, with every page passing axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Programme programme;

    @Autowired
    TablePlans plans;

    @Autowired
    PortalCards cards;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    TestUser facilitator;
    TestUser advisor;
    AssemblyId assembly;
    List<MemberId> people = new ArrayList<>();

    @BeforeAll
    void start() {
        organiser = fixtures.user("Portal Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Portal journey"));
        facilitator = fixtures.userWithRole("Portal Journey Facilitator", assembly, AssemblyRole.FACILITATOR);
        advisor = fixtures.userWithRole("Portal Journey Advisor", assembly, AssemblyRole.ADVISORY_BOARD);
        for (int i = 0; i < 8; i++) {
            var profile = new MemberProfile(
                    i == 0 ? "Amina" : "Member", "Number " + i, "m" + i + "@example.org", "", "en", false, "");
            people.add(members.enrol(
                    Actor.system(), assembly, new NewMember(profile, Map.of("Gender", i % 2 == 0 ? "W" : "M"), null)));
        }
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
    void fromTheProgrammeToAMemberReadingTheMaterialAtTheirTable() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        // the organiser writes a session of the programme
        journey.logIn(organiser);
        journey.open("/assemblies/" + assembly + "/programme/new");
        typeTime("startsAt", "10:00");
        typeTime("endsAt", "11:30");
        browser.findElement(By.id("title")).sendKeys("Table discussion: what we heard");
        new Select(browser.findElement(By.id("stage"))).selectByValue("DELIBERATE");
        journey.click("//main//button[@type='submit']");
        assertThat(journey.text()).contains("Table discussion: what we heard");
        var session = programme.sessions(organiser.actor(), assembly).get(0).id();

        // … uploads a briefing and submits it to the advisory board
        journey.open("/assemblies/" + assembly + "/materials/new");
        browser.findElement(By.id("title")).sendKeys("Policing in numbers");
        browser.findElement(By.id("topic")).sendKeys("Trust");
        new Select(browser.findElement(By.id("perspective"))).selectByValue("EXPERT");
        browser.findElement(By.id("file")).sendKeys(briefing().toString());
        journey.click("//main//button[@type='submit']");
        assertThat(journey.text()).contains("Policing in numbers");
        String material = browser.getCurrentUrl();
        Browser.assertAccessible(browser, "portal-journey-material");
        journey.click("//main//form[contains(@action,'/submit')]//button");
        journey.logOut();

        // the advisory board reviews and approves it; the organiser publishes it
        journey.logIn(advisor);
        browser.get(material);
        journey.click("//main//form[contains(@action,'/review')]//button");
        journey.click("//main//form[contains(@action,'/approve')]//button");
        journey.logOut();
        journey.logIn(organiser);
        browser.get(material);
        journey.click("//main//form[contains(@action,'/publish')]//button");
        journey.logOut();

        // tables are planned, the facilitator checks Amina in on a tablet
        plans.saveSettings(
                organiser.actor(), assembly, new TableSettings(2, List.of("Gender"), 1, Set.of(), Set.of(), false, 4));
        plans.plan(organiser.actor(), assembly, Set.of(session), 3L);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> plans.latest(organiser.actor(), assembly), r -> r != null && !r.running());
        plans.show(organiser.actor(), assembly, session, true);
        journey.logIn(facilitator);
        journey.open("/assemblies/" + assembly + "/members/check-in");
        browser.findElement(By.id("member-" + people.get(0)))
                .findElement(By.tagName("button"))
                .click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.id("check-in-count")).getText(), t -> t.startsWith("1 of 8"));
        journey.logOut();

        // Amina signs in on her phone with the code from her card and finds her table and the briefing
        var card = cards.issue(organiser.actor(), assembly, people.get(0));
        browser.manage().window().setSize(new Dimension(360, 740));
        journey.open("/portal#code=" + card.grouped());
        Browser.assertAccessible(browser, "portal-code-phone");
        journey.click("//main//button[@type='submit']");
        assertThat(journey.text())
                .contains("Hello, Amina", "Table discussion: what we heard", "Your table: ", "Policing in numbers")
                .doesNotContain("Number 1");
        Browser.assertAccessible(browser, "portal-home-phone");
        Browser.assertFitsAPhone(browser, "portal-home-phone");
        journey.click("//main//a[contains(., 'Policing in numbers')]");
        assertThat(journey.text()).contains("Policing in numbers", "briefing.pdf");
        Browser.assertAccessible(browser, "portal-material-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** A real one-page PDF, as an organiser would upload. */
    private static Path briefing() throws Exception {
        var out = new ByteArrayOutputStream();
        Pdf.render("<html><body><p>Recorded crime fell by a tenth last year.</p></body></html>", out);
        var file = Files.createTempDirectory("portal-journey").resolve("briefing.pdf");
        Files.write(file, out.toByteArray());
        return file;
    }

    private void typeTime(String id, String time) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, time);
    }
}
