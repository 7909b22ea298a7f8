package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.CookieBrowser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members' verdict over real HTTP, sessions as in production: a member signed in with their card finds the link
 * on their home page, gives a score or no view for every response on a form of real radio buttons, once; organisers
 * see only the turnout while the round is open; the public page and the report show the figures once published, and
 * hide those from fewer than five scores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PortalVerdictIntegrationTests {

    private static final String HOME = "/portal/home";
    private static final String FORM = "/portal/verdict";

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    Verdicts verdicts;

    @Autowired
    PortalVerdicts portal;

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FinalReport report;

    @Autowired
    JdbcClient jdbc;

    record Setup(
            TestUser organiser,
            AssemblyId assembly,
            RecommendationId figures,
            RecommendationId victims,
            List<SignInCard> cards) {}

    @Test
    void aMemberGivesTheirVerdictOnThePortalOnce() throws Exception {
        var setup = setup("Portal verdict");
        var browser = new CookieBrowser(port);
        assertThat(location(browser.get(FORM))).as("nobody signed in").endsWith("/portal");
        signIn(browser, setup.cards().get(0).code());
        assertThat(browser.get(HOME).body()).doesNotContain("href=\"/portal/verdict\"");
        assertThat(location(browser.get(FORM))).as("no round open").endsWith(HOME);

        verdicts.open(setup.organiser().actor(), setup.assembly());

        assertThat(browser.get(HOME).body()).contains("href=\"/portal/verdict\"", "Give your verdict");
        var form = browser.get(FORM).body();
        assertThat(form)
                .contains("Figures by ward", "Published each quarter.", "Keep victims informed", "We are costing it.")
                .contains("Accepted", "Under consideration", "<fieldset", "<legend", "No view")
                .contains("type=\"radio\" name=\"r-" + setup.victims() + "\" id=\"r-" + setup.victims() + "-7\"")
                .contains("for=\"r-" + setup.victims() + "-7\"");

        var half = browser.post(FORM, field(setup.figures(), "8") + "&_csrf=" + browser.csrfFrom(FORM));
        assertThat(half.statusCode()).as("the form again, with what is missing").isEqualTo(200);
        assertThat(half.body())
                .contains("There is a problem", "for recommendation 2")
                .containsPattern("id=\"r-" + setup.figures() + "-8\"[^>]*checked");
        assertThat(givers(setup.assembly())).isZero();

        String both = field(setup.figures(), "8") + "&" + field(setup.victims(), "none");
        var sent = browser.post(FORM, both + "&_csrf=" + browser.csrfFrom(FORM));
        assertThat(location(sent)).endsWith(HOME);
        assertThat(browser.get(HOME).body())
                .contains("your verdict is counted", "Given, thank you")
                .doesNotContain("href=\"/portal/verdict\"");
        assertThat(location(browser.get(FORM))).as("the form once given").endsWith(HOME);
        assertThat(browser.get(HOME).body()).contains("You have already given your verdict");
        var again = browser.post(FORM, both + "&_csrf=" + browser.csrfFrom(HOME));
        assertThat(location(again)).endsWith(HOME);
        assertThat(browser.get(HOME).body()).contains("You have already given your verdict");
        assertThat(givers(setup.assembly())).isEqualTo(1);
        assertThat(counted(setup.figures())).isEqualTo(1);
    }

    @Test
    void anUrduReadingMemberGetsTheFormInUrdu() throws Exception {
        var setup = setup("Portal verdict Urdu");
        verdicts.open(setup.organiser().actor(), setup.assembly());
        var browser = new CookieBrowser(port);
        signIn(browser, setup.cards().get(4).code());

        var form = browser.get(FORM).body();

        assertThat(form).contains("dir=\"rtl\"", "کوئی رائے نہیں", "جوابات پر آپ کی رائے");
    }

    @Test
    void organisersSeeOnlyTheTurnoutWhileOpenAndThePublicOnlyPublishedFiguresFromFiveScores() throws Exception {
        var setup = setup("Portal verdict figures");
        var organiser = setup.organiser().actor();
        verdicts.open(organiser, setup.assembly());
        // figures: 7, 7, 8, 6, 9 (median 7, mean 7.4); victims: no view, 3, 4, 5, 6 (four scores: hidden)
        int[] figures = {7, 7, 8, 6, 9};
        for (int i = 0; i < 5; i++) {
            var member = Objects.requireNonNull(
                    cards.signIn(setup.cards().get(i).code(), "192.0.2.31").member());
            portal.give(
                    member,
                    Map.of(
                            setup.figures(),
                            new VerdictChoice(figures[i]),
                            setup.victims(),
                            i == 0 ? VerdictChoice.NO_VIEW : new VerdictChoice(2 + i)));
        }
        var staff = new CookieBrowser(port);
        staff.logIn(setup.organiser().email(), "/assemblies");
        String page = "/assemblies/" + setup.assembly() + "/verdicts";
        assertThat(staff.get(page).body())
                .contains("Members who have given their verdict: 5", "shown once the round closes")
                .doesNotContain("Median");
        String publicPage = "/public/assemblies/" + setup.assembly() + "/accountability?lang=en";
        var visitor = new CookieBrowser(port);
        assertThat(visitor.get(publicPage).body()).doesNotContain("Median");

        staff.post(page + "/close", "_csrf=" + staff.csrfFrom(page));
        assertThat(staff.get(page).body())
                .contains(
                        "Closed", "Median", "7.4", "0: 0", "7: 2", "8: 1", "9: 1", "Fewer than 5 members gave a score");
        assertThat(visitor.get(publicPage).body()).as("closed, not published").doesNotContain("Median");
        assertThat(report.draftBody(organiser, setup.assembly(), Locale.ENGLISH))
                .as("the report, before publishing")
                .doesNotContain("median");

        staff.post(page + "/publish", "published=true&_csrf=" + staff.csrfFrom(page));

        assertThat(visitor.get(publicPage).body())
                .contains("Median 7 / 10", "(mean 7.4, from 5 members)", "Fewer than 5 members gave a score");
        assertThat(report.draftBody(organiser, setup.assembly(), Locale.ENGLISH))
                .contains("median 7 / 10 (mean 7.4, from 5 members)", "Fewer than 5 members gave a score");
        var json = visitor.get("/api/v1/assemblies/" + setup.assembly() + "/responses")
                .body();
        assertThat(json)
                .contains("\"membersScores\":{\"scores\":5,\"noView\":0,\"median\":7.0,\"mean\":7.4}")
                .as("four scores: counted, not summarised")
                .contains("\"membersScores\":{\"scores\":4,\"noView\":1,\"median\":null,\"mean\":null}");
    }

    private long givers(AssemblyId assembly) {
        return jdbc.sql("select count(*) from accountability.verdict_givers where assembly_id = :a")
                .param("a", assembly.value())
                .query(Long.class)
                .single();
    }

    private long counted(RecommendationId recommendation) {
        return jdbc.sql(
                        "select coalesce(sum(members), 0) from accountability.verdict_counts where recommendation_id = :r")
                .param("r", recommendation.value())
                .query(Long.class)
                .single();
    }

    private static String field(RecommendationId id, String value) {
        return "r-" + id + "=" + value;
    }

    private static void signIn(CookieBrowser browser, String code) throws Exception {
        var response =
                browser.post("/portal", "code=" + CookieBrowser.encode(code) + "&_csrf=" + browser.csrfFrom("/portal"));
        assertThat(location(response)).endsWith(HOME);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    /** Two responded recommendations, published, and five members with cards (the last reading Urdu). */
    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        var actor = organiser.actor();
        var figures = responses.add(actor, assembly, "Figures by ward", "Stop and search figures for every ward.");
        var victims = responses.add(actor, assembly, "Keep victims informed", "A named contact for every victim.");
        respond(actor, assembly, figures, ResponseStatus.ACCEPTED, "Published each quarter.");
        respond(actor, assembly, victims, ResponseStatus.UNDER_CONSIDERATION, "We are costing it.");
        responses.publish(actor, assembly, true);
        for (int i = 0; i < 5; i++) {
            members.enrol(
                    Actor.system(),
                    assembly,
                    NewMember.byHand(new MemberProfile(
                            "Verdict",
                            "Giver " + i,
                            "verdict" + i + "@example.org",
                            "",
                            i == 4 ? "ur" : "en",
                            false,
                            "")));
        }
        // cards come in name order, Giver 0 to Giver 4
        return new Setup(organiser, assembly, figures, victims, new ArrayList<>(cards.issue(actor, assembly, false)));
    }

    private void respond(Actor actor, AssemblyId assembly, RecommendationId id, ResponseStatus status, String why) {
        responses.respond(actor, assembly, id, new ResponseText(status, why, "Police", "", responses.today()), -1);
    }
}
