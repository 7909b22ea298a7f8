package org.minipublic.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.CookieBrowser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.surveys.SurveyAudience;
import org.minipublic.app.surveys.SurveyTemplate;
import org.minipublic.app.surveys.Surveys;
import org.minipublic.app.tables.TablePlans;
import org.minipublic.app.tables.TableSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The member portal over real HTTP, sessions stored in the database as in production: sign-in by the code on a card
 * gives a new session id and the member's language, the home page shows the programme with only the member's own
 * table, and signing out or a replaced card ends the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PortalSessionIntegrationTests {

    private static final String HOME = "/portal/home";

    /** The weekend feedback's required questions, answered. */
    private static final String ANSWERS =
            "q-inclusive=4&q-diverse-views=4&q-facilitation=5&q-materials=3&q-speakers=4&q-wellbeing=4";

    @LocalServerPort
    int port;

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Programme programme;

    @Autowired
    TablePlans plans;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    record Setup(TestUser organiser, AssemblyId assembly, List<MemberId> members, List<SignInCard> cards) {}

    @Test
    void aMemberSignsInWithTheirCodeAndSeesTheProgrammeWithTheirTableOnly() throws Exception {
        var setup = setup("Portal home");
        var browser = new CookieBrowser(port);
        signIn(browser, setup.cards().get(1).code());
        String first = browser.cookies.get(CookieBrowser.SESSION);

        signIn(browser, setup.cards().get(0).grouped().toLowerCase());

        assertThat(browser.cookies.get(CookieBrowser.SESSION))
                .as("a new session id at sign-in")
                .isNotNull()
                .isNotEqualTo(first);
        var stale = new CookieBrowser(port);
        stale.cookies.put(CookieBrowser.SESSION, first);
        assertThat(stale.get(HOME).statusCode())
                .as("the session id from before")
                .isEqualTo(302);

        assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                        .param("id", sessionId(browser))
                        .query(Integer.class)
                        .optional())
                .as("half an hour without a click ends a portal session")
                .contains(30 * 60);
        var page = browser.get(HOME);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hello, Person", Fixtures.details("x").question(), "Tables 1", "Tables 3")
                .doesNotContain("Number 1", "Number 2");
        assertThat(page.body().split("Your table: ", -1))
                .as("a table in each planned session")
                .hasSize(3);

        var out = browser.post("/portal/sign-out", "_csrf=" + CookieBrowser.encode(browser.csrfFrom(HOME)));
        assertThat(location(out)).endsWith("/portal");
        assertThat(browser.get("/portal").body()).contains("You have signed out.");
        assertThat(location(browser.get(HOME))).endsWith("/portal");
    }

    @Test
    void membersSeeOnlyThePlansOrganisersHaveShownThem() throws Exception {
        var setup = setup("Shown plans");
        var organiser = setup.organiser().actor();
        var sessions = programme.sessions(organiser, setup.assembly());
        var browser = new CookieBrowser(port);
        signIn(browser, setup.cards().get(2).code());
        plans.show(organiser, setup.assembly(), sessions.get(1).id(), false);
        assertThat(browser.get(HOME).body().split("Your table: ", -1))
                .as("one of the two planned sessions shown")
                .hasSize(2);
        plans.show(organiser, setup.assembly(), sessions.get(0).id(), false);
        assertThat(browser.get(HOME).body())
                .doesNotContain("Your table: ")
                .contains("Your table will be shown here once the plan is ready.");

        assertThatThrownBy(() ->
                        plans.show(organiser, setup.assembly(), sessions.get(2).id(), true))
                .hasFieldOrPropertyWithValue("messageKey", "tables.show.not-planned");
        var facilitator =
                fixtures.userWithRole("Shown Plans Second Facilitator", setup.assembly(), AssemblyRole.FACILITATOR);
        assertThatThrownBy(() -> plans.show(
                        facilitator.actor(), setup.assembly(), sessions.get(0).id(), true))
                .isInstanceOf(PermissionDeniedException.class);
        plans.show(organiser, setup.assembly(), sessions.get(0).id(), true);
        plans.show(organiser, setup.assembly(), sessions.get(0).id(), true); // a second click is not recorded again
        assertThat(browser.get(HOME).body().split("Your table: ", -1)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = 'tables.shown'")
                        .param("a", setup.assembly().value())
                        .query(Integer.class)
                        .single())
                .as("two shown in the set-up, one here")
                .isEqualTo(3);

        // planned again, the session waits to be shown again: members never see a plan nobody has looked at
        var run = plans.plan(organiser, setup.assembly(), Set.of(sessions.get(0).id()), 9L);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> plans.latest(organiser, setup.assembly()), r -> r.id().equals(run) && !r.running());
        assertThat(browser.get(HOME).body()).doesNotContain("Your table: ");
    }

    @Test
    void anUrduSpeakingMemberGetsTheirPagesInUrduAndANewCardEndsTheirSession() throws Exception {
        var setup = setup("Portal Urdu");
        var urdu = setup.cards().get(4);
        assertThat(urdu.language()).isEqualTo("ur");
        var browser = new CookieBrowser(port);

        signIn(browser, urdu.code());

        assertThat(browser.cookies.get("MINIPUBLIC_LANG")).isEqualTo("ur");
        var page = browser.get(HOME);
        assertThat(page.body()).contains("dir=\"rtl\"", "آپ کی میز");

        cards.issue(setup.organiser().actor(), setup.assembly(), setup.members().get(4));

        assertThat(location(browser.get(HOME))).as("the old card's session").endsWith("/portal");
    }

    @Test
    void aMemberAnswersAMembersSurveyFromThePortalOnce() throws Exception {
        var setup = setup("Portal survey");
        var id = surveys.create(
                setup.organiser().actor(), setup.assembly(), "Weekend 1", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.setAudience(setup.organiser().actor(), setup.assembly(), id, SurveyAudience.MEMBERS, false);
        surveys.open(setup.organiser().actor(), setup.assembly(), id);
        var browser = new CookieBrowser(port);
        assertThat(location(browser.get("/portal/surveys/" + id)))
                .as("nobody signed in")
                .endsWith("/portal");
        signIn(browser, setup.cards().get(0).code());
        assertThat(browser.get(HOME).body()).contains("Weekend 1", "/portal/surveys/" + id);

        String form = "/portal/surveys/" + id;
        var sent = browser.post(
                form, ANSWERS + "&q-change=" + CookieBrowser.encode("More time") + "&_csrf=" + browser.csrfFrom(form));

        assertThat(location(sent)).endsWith(HOME);
        var home = browser.get(HOME).body();
        assertThat(home).contains("Thank you", "Answered, thank you").doesNotContain("/portal/surveys/" + id);
        assertThat(location(browser.get(form)))
                .as("the form of a survey answered")
                .endsWith(HOME);
        assertThat(browser.get(HOME).body()).contains("already answered");
        var again = browser.post(form, ANSWERS + "&_csrf=" + browser.csrfFrom(HOME));
        assertThat(location(again)).endsWith(HOME);
        assertThat(browser.get(HOME).body()).contains("already answered");
    }

    private static void signIn(CookieBrowser browser, String code) throws Exception {
        // a member already signed in is sent from the code page to their home page, which has a form too
        String token = browser.csrfFrom(browser.get("/portal").statusCode() == 200 ? "/portal" : HOME);
        var response = browser.post("/portal", "code=" + CookieBrowser.encode(code) + "&_csrf=" + token);
        assertThat(location(response)).endsWith(HOME);
    }

    /** The session id behind the browser's cookie (Spring Session sends it Base64-encoded). */
    private static String sessionId(CookieBrowser browser) {
        return new String(
                java.util.Base64.getDecoder().decode(browser.cookies.get(CookieBrowser.SESSION)),
                java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    /** Six members (the last two reading Urdu) at two tables, two of three sessions planned, each with a card. */
    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        fixtures.userWithRole(name + " Facilitator", assembly, AssemblyRole.FACILITATOR);
        var day = Fixtures.details("x").days().get(0).date();
        List<SessionId> sessions = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            sessions.add(programme.add(
                    organiser.actor(),
                    assembly,
                    new SessionDetails(
                            day,
                            LocalTime.of(10 + s, 0),
                            LocalTime.of(10 + s, 50),
                            "Tables " + (s + 1),
                            "",
                            Stage.DELIBERATE)));
        }
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var profile = new MemberProfile(
                    "Person", "Number " + i, "p" + i + "@example.org", "", i >= 4 ? "ur" : "en", false, "");
            ids.add(members.enrol(
                    Actor.system(), assembly, new NewMember(profile, Map.of("Gender", i % 2 == 0 ? "W" : "M"), null)));
        }
        plans.saveSettings(
                organiser.actor(), assembly, new TableSettings(2, List.of("Gender"), 1, Set.of(), Set.of(), false, 3));
        plans.plan(organiser.actor(), assembly, Set.of(sessions.get(0), sessions.get(1)), 5L);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> plans.latest(organiser.actor(), assembly), r -> r != null && !r.running());
        plans.show(organiser.actor(), assembly, sessions.get(0), true);
        plans.show(organiser.actor(), assembly, sessions.get(1), true);
        // cards come in name order, Number 0 to Number 5, so card i is member i
        return new Setup(organiser, assembly, ids, cards.issue(organiser.actor(), assembly, false));
    }
}
