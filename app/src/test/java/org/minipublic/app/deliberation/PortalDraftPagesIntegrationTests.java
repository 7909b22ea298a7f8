package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.members.Withdrawal;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.CookieBrowser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The drafts' portal pages over real HTTP, sessions as in production: a member signed in with their card finds the
 * drafts from their home page, reads one with its history, the professional review and the decisions on amendments,
 * and nobody's name beside a comment; comments and proposes a change, told plainly what is wrong when something is;
 * organisers find both on the team's page. Another assembly's member and a withdrawn member get nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PortalDraftPagesIntegrationTests {

    private static final String LIST = "/portal/drafts";

    @LocalServerPort
    int port;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftComments comments;

    @Autowired
    Amendments amendments;

    @Autowired
    Reviews reviews;

    @Autowired
    Members members;

    @Autowired
    PortalCards cards;

    @Autowired
    Fixtures fixtures;

    record Setup(
            TestUser organiser,
            AssemblyId assembly,
            DraftId stops,
            DraftId cameras,
            List<MemberId> members,
            List<SignInCard> cards) {}

    @Test
    void aMemberReadsADraftWithItsHistoryReviewAndDecisionsButNoMembersName() throws Exception {
        var setup = setup("Portal draft pages");
        var browser = new CookieBrowser(port);
        assertThat(location(browser.get(LIST))).as("nobody signed in").endsWith("/portal");
        signIn(browser, setup.cards().get(0));

        assertThat(browser.get("/portal/home").body()).contains("href=\"/portal/drafts\"", "Read the drafts");
        assertThat(browser.get(LIST).body())
                .contains("Accountability", "Publish stop and search figures", "Being worked on", "Table 5")
                .doesNotContain("More cameras");
        var page = browser.get(draft(setup.stops())).body();
        assertThat(page)
                .contains("Publish stop and search figures by ward every quarter.", "How the text changed")
                .contains("<del>", "<ins>", "Tables 4 and 5 agreed")
                .contains("What professionals said", "Feasibility", "Quarterly is possible from April.")
                .contains("Professionals can comment until")
                .contains("Proposed change 1: rejected", "The organisers&#39; reason", "Monthly is not possible.")
                .contains("Ward by ward, please.")
                .doesNotContain("Amina Khan");
        assertThat(browser.get(draft(setup.cameras())).statusCode())
                .as("a withdrawn draft")
                .isEqualTo(404);
    }

    @Test
    void aMemberCommentsAndProposesAChangeAndOrganisersFindBoth() throws Exception {
        var setup = setup("Portal draft entries");
        var browser = new CookieBrowser(port);
        signIn(browser, setup.cards().get(0));
        String page = draft(setup.stops());

        var empty = browser.post(page + "/comments", "comment=+&_csrf=" + token(browser, page));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("There is a problem", "href=\"#comment\"", "Write a comment of 1 to 2,000 characters.");
        var sent = browser.post(page + "/comments", "comment=Monthly+would+be+better.&_csrf=" + token(browser, page));
        assertThat(location(sent)).endsWith(page);
        assertThat(browser.get(page).body())
                .contains("Thank you: your comment is on this page", "Monthly would be better.", "Yours");

        String unchanged = "wording=" + CookieBrowser.encode("Publish stop and search figures by ward every quarter.");
        var same = browser.post(page + "/amendments", unchanged + "&why=Clearer&_csrf=" + token(browser, page));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body())
                .contains("Your wording is the same as the current text.", "<details open=\"open\"")
                .contains("href=\"#wording\"", ">Clearer</textarea>");
        String changed = "wording=" + CookieBrowser.encode("Publish stop and search figures by ward every month.");
        var proposed = browser.post(page + "/amendments", changed + "&why=Fresher&_csrf=" + token(browser, page));
        assertThat(location(proposed)).endsWith(page);
        assertThat(browser.get(page).body())
                .contains("Thank you: your proposal is on this page", "Proposed change 2: waiting for a decision")
                .contains("<ins> month.</ins>");

        var staff = new CookieBrowser(port);
        staff.logIn(setup.organiser().email(), "/assemblies");
        assertThat(staff.get("/assemblies/" + setup.assembly() + "/drafts/" + setup.stops())
                        .body())
                .contains("Proposed by \u2068a member, on the member portal\u2069: waiting for a decision", "Fresher")
                .contains("By \u2068a member, on the member portal\u2069, on version 2", "Monthly would be better.");
    }

    @Test
    void anotherAssemblysMemberAndAWithdrawnMemberGetNothing() throws Exception {
        var setup = setup("Portal draft owners");
        var elsewhere = setup("Portal draft strangers");
        var stranger = new CookieBrowser(port);
        signIn(stranger, elsewhere.cards().get(0));

        assertThat(stranger.get(draft(setup.stops())).statusCode()).isEqualTo(404);
        var comment = stranger.post(
                draft(setup.stops()) + "/comments", "comment=Hi&_csrf=" + token(stranger, "/portal/home"));
        assertThat(comment.statusCode()).isEqualTo(404);
        assertThat(stranger.get(LIST).body()).doesNotContain(setup.stops().toString());

        var leaving = new CookieBrowser(port);
        signIn(leaving, setup.cards().get(0));
        members.withdraw(
                setup.organiser().actor(),
                setup.assembly(),
                setup.members().get(0),
                new Withdrawal(Fixtures.details("any").days().get(0).date(), "Moved away", null));

        assertThat(location(leaving.get(draft(setup.stops())))).endsWith("/portal");
    }

    @Test
    void anUrduReadingMemberReadsTheDraftsRightToLeft() throws Exception {
        var setup = setup("Portal draft Urdu");
        var browser = new CookieBrowser(port);
        signIn(browser, setup.cards().get(1));

        assertThat(browser.get(LIST).body()).contains("dir=\"rtl\"", "سفارشات کے مسودے");
        assertThat(browser.get(draft(setup.stops())).body()).contains("ماہرین نے کیا کہا", "میرا تبصرہ بھیجیں");
    }

    private static String draft(DraftId id) {
        return LIST + "/" + id;
    }

    private static String token(CookieBrowser browser, String page) throws Exception {
        return CookieBrowser.encode(browser.csrfFrom(page));
    }

    private static void signIn(CookieBrowser browser, SignInCard card) throws Exception {
        var response = browser.post(
                "/portal", "code=" + CookieBrowser.encode(card.code()) + "&_csrf=" + token(browser, "/portal"));
        assertThat(location(response)).endsWith("/portal/home");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    /**
     * A draft changed once, with a facilitator's comment for a named member, a rejected amendment and a professional's
     * comment; a withdrawn draft; two members with cards, the second reading Urdu.
     */
    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        var actor = organiser.actor();
        var facilitator = fixtures.userWithRole(name + " Facilitator", assembly, AssemblyRole.FACILITATOR);
        var officer = fixtures.userWithRole(name + " Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var theme = drafts.addTheme(actor, assembly, "Accountability");
        var stops = drafts.add(
                actor,
                assembly,
                theme,
                "Table 5",
                new DraftText("Publish stop and search figures", "Publish the figures every year.", ""));
        drafts.revise(
                actor,
                assembly,
                stops,
                new DraftText(
                        "Publish stop and search figures",
                        "Publish stop and search figures by ward every quarter.",
                        ""),
                "Tables 4 and 5 agreed",
                1);
        comments.add(facilitator.actor(), assembly, stops, "Ward by ward, please.", "Amina Khan", true);
        var monthly = amendments.propose(facilitator.actor(), assembly, stops, "Publish them every month.", "");
        amendments.decide(actor, assembly, monthly, false, "Monthly is not possible.");
        reviews.openRound(actor, assembly, java.time.LocalDate.now().plusDays(30));
        reviews.comment(officer.actor(), assembly, stops, Review.Kind.FEASIBILITY, "Quarterly is possible from April.");
        var cameras = drafts.add(actor, assembly, theme, "Table 3", new DraftText("More cameras", "More CCTV.", ""));
        drafts.mark(actor, assembly, cameras, DraftStatus.WITHDRAWN);
        var ids = new ArrayList<MemberId>();
        for (String language : List.of("en", "ur")) {
            var profile = new MemberProfile(
                    "Drafts", "Reader " + language, language + "@drafts.example.org", "", language, false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        // cards come in name order: Reader en, then Reader ur
        return new Setup(
                organiser, assembly, stops, cameras, ids, new ArrayList<>(cards.issue(actor, assembly, false)));
    }
}
