package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.TeamInvitations;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.notifications.StoredMessage;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.InvitationRound;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
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
 * What people see on a phone and in Urdu, in a real browser: at 360 pixels every list keeps its cells, role pickers
 * and buttons on the screen; English text in an Urdu page keeps its punctuation at its end; and lines of Nastaliq, the
 * usual Urdu script, never run into each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneAndUrduIntegrationTests {

    /** Cells, buttons and fields whose box reaches past the left or right edge of the window. */
    private static final String OFF_SCREEN =
            """
            const width = document.documentElement.clientWidth;
            const hidden = element => {
              for (let at = element; at; at = at.parentElement) {
                const style = getComputedStyle(at);
                if (style.clip !== 'auto' || style.display === 'none') return true;
              }
              return false;
            };
            return [...document.querySelectorAll('main td, main th, main a, main button, main select, main input')]
              .filter(element => element.type !== 'hidden' && !hidden(element))
              .filter(element => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && (box.left < -1 || box.right > width + 1);
              })
              .map(element => element.tagName + ' "' + (element.textContent || element.value).trim().slice(0, 40) + '"');
            """;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    ChromeDriver browser;
    TestUser organiser;
    TestUser admin;
    AssemblyId assembly;
    InvitationRound round;
    org.minipublic.app.programme.SessionId session;

    @Autowired
    org.minipublic.app.programme.Programme programme;

    @Autowired
    org.minipublic.app.members.Members members;

    @Autowired
    org.minipublic.app.tables.TablePlans tablePlans;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Phone Organiser With A Rather Long Name");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Assembly on safer streets?"));
        fixtures.userWithRole("Facilitator Whose Name Is Long Too", assembly, AssemblyRole.FACILITATOR);
        fixtures.userWithRole("Member", assembly, AssemblyRole.MEMBER);
        String invited = "someone.with.a.rather.long.address." + System.nanoTime() + "@test.minipublic.org";
        invitations.invite(organiser.actor(), assembly, invited, AssemblyRole.ADVISORY_BOARD, Locale.ENGLISH);
        await().atMost(Duration.ofSeconds(15)).until(() -> notifications.latest(Actor.system(), 0, 50).stream()
                .anyMatch(m -> m.recipient().equals(invited) && m.status() != StoredMessage.DeliveryStatus.PENDING));
        var upload = addresses.upload(organiser.actor(), assembly, "addresses.csv", addressFile(30));
        addresses.importUpload(organiser.actor(), assembly, upload.uploadId());
        round = rounds.draw(organiser.actor(), assembly, new RoundSettings(10, true, Map.of()), 11L);
        session = programme.add(
                organiser.actor(),
                assembly,
                new org.minipublic.app.programme.SessionDetails(
                        java.time.LocalDate.of(2027, 2, 20),
                        java.time.LocalTime.of(10, 0),
                        java.time.LocalTime.of(11, 30),
                        "Table discussion: what we heard from the speakers this morning",
                        "Main hall, ground floor",
                        org.minipublic.app.programme.Stage.DELIBERATE));
        for (int i = 0; i < 12; i++) {
            boolean urdu = i < 3;
            members.enrol(
                    Actor.system(),
                    assembly,
                    new org.minipublic.app.members.NewMember(
                            new org.minipublic.app.members.MemberProfile(
                                    urdu ? "رخسانہ" : "Bartholomew-Alexander",
                                    "Member " + i,
                                    "phone.member" + i + "@example.org",
                                    "",
                                    urdu ? "ur" : "en",
                                    urdu,
                                    i == 5 ? "Uses a wheelchair" : ""),
                            Map.of("Gender", i % 2 == 0 ? "Woman" : "Man"),
                            null));
        }
        tablePlans.plan(organiser.actor(), assembly, java.util.Set.of(session), 5L);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var run = tablePlans.latest(organiser.actor(), assembly);
            return run != null && !run.running();
        });
        admin = fixtures.admin("Phone Administrator");
        browser = Browser.start();
    }

    @BeforeEach
    void logOut() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
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
    void everyListFitsA360PixelScreenInEnglishAndInUrdu() {
        String base = "/assemblies/" + assembly;
        logIn(organiser);
        browser.manage().window().setSize(new Dimension(360, 740));
        for (String path : List.of(
                base + "/team",
                base + "/audit",
                base + "/addresses",
                base + "/invitations",
                base + "/invitations/" + round.id(),
                base + "/registration",
                base + "/recruitment/plan",
                base + "/programme",
                base + "/programme/speakers",
                base + "/roles",
                base + "/tables",
                base + "/tables/settings",
                base + "/tables/" + session,
                "/accessibility")) {
            assertFitsThePhone(path);
        }
        assertAccessible(base + "/team?lang=ur", "team-urdu-phone");
        assertAccessible(base + "/recruitment/plan?lang=ur", "plan-urdu-phone");
        assertAccessible("/accessibility?lang=ur", "accessibility-urdu-phone");
        assertAccessible(base + "/audit?lang=ur", "audit-urdu-phone");
        assertAccessible(base + "/programme?lang=ur", "programme-urdu-phone");
        assertAccessible(base + "/tables?lang=ur", "tables-urdu-phone");
        assertAccessible(base + "/tables/" + session + "?lang=ur", "session-tables-urdu-phone");
        assertAccessible(base + "/tables/settings?lang=ur", "table-settings-urdu-phone");

        logOut();
        logIn(admin);
        browser.manage().window().setSize(new Dimension(360, 740));
        for (String path : List.of("/admin/users", "/admin/outbox", "/admin/audit")) {
            assertFitsThePhone(path);
        }
        assertAccessible("/admin/users?lang=ur", "users-urdu-phone");
        assertAccessible("/admin/outbox?lang=ur", "outbox-urdu-phone");
    }

    @Test
    void englishTextInAnUrduPageKeepsItsQuestionMarkAtItsEnd() {
        logIn(organiser);
        open("/assemblies/" + assembly + "?lang=ur");
        var question = browser.findElement(By.cssSelector("main .lead"));
        assertThat(question.getText()).endsWith("communities?");

        // The x positions of the last two characters as drawn: in English the question mark follows the word.
        @SuppressWarnings("unchecked")
        var lefts = (List<Number>) browser.executeScript(
                """
                const text = arguments[0].firstChild, end = text.length, range = document.createRange();
                const leftOf = at => { range.setStart(text, at); range.setEnd(text, at + 1);
                                       return range.getBoundingClientRect().left; };
                return [leftOf(end - 2), leftOf(end - 1)];
                """,
                question);
        assertThat(lefts.get(1).doubleValue())
                .as("the question mark stands right of the last letter")
                .isGreaterThan(lefts.get(0).doubleValue());
    }

    @Test
    void urduLinesNeverRunIntoEachOther() throws IOException {
        String inkOverlaps = script("browser/ink-overlaps.js");
        logIn(organiser);
        for (int width : new int[] {1280, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : List.of("/assemblies", "/assemblies/" + assembly, "/assemblies/" + assembly + "/team")) {
                open(path + "?lang=ur");
                Browser.screenshot(browser, "urdu-lines-" + width + shotName(path));
                @SuppressWarnings("unchecked")
                var overlaps =
                        (List<String>) browser.executeScript(inkOverlaps + "\nreturn inkOverlaps(document.body, 1);");
                assertThat(overlaps).as(path + " at " + width + " px").isEmpty();
            }
        }
    }

    private void assertFitsThePhone(String path) {
        for (String language : List.of("en", "ur")) {
            open(path + "?lang=" + language);
            Browser.screenshot(browser, "phone-" + language + shotName(path));
            @SuppressWarnings("unchecked")
            var offScreen = (List<String>) browser.executeScript(OFF_SCREEN);
            assertThat(offScreen)
                    .as(path + " in " + language + " at 360 px: parts off the screen")
                    .isEmpty();
        }
    }

    /** A screenshot's name: the page's path without its ids. */
    private String shotName(String path) {
        return path.replace(assembly.toString(), "assembly")
                .replace(round.id().toString(), "round")
                .replace('/', '-');
    }

    private void assertAccessible(String path, String name) {
        open(path);
        Browser.screenshot(browser, name);
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations())
                .as(name + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private void logIn(TestUser user) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static String script(String resource) throws IOException {
        try (InputStream in =
                PhoneAndUrduIntegrationTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] addressFile(int count) {
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        for (int i = 0; i < count; i++) {
            csv.append(i + 1)
                    .append(" Narrow Screen Road,Flat ")
                    .append(i % 5)
                    .append(",Testford,TE2 ")
                    .append(i % 9)
                    .append("AB,")
                    .append(i % 2 == 0 ? "North Eastbrook and Riverside" : "South Eastbrook")
                    .append(',')
                    .append(300_000 + i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
