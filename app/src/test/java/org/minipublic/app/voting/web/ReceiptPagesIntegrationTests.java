package org.minipublic.app.voting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.VotingRoom;
import org.minipublic.app.support.WebClient;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.minipublic.app.voting.Results;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The page that confirms a vote is kept per ballot and language once rendered, and sent to the next members with
 * their own receipt, the one their vote is stored under; a logged-in user's page is neither kept nor sent to others.
 * Over real HTTP, each member with their own cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReceiptPagesIntegrationTests {

    private static final Pattern RECEIPT = Pattern.compile("class=\"digest receipt\">([0-9a-f]+)<");

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
    Results results;

    @Autowired
    ReceiptPages receipts;

    @Test
    void theNextMembersGetTheKeptPageWithTheirOwnReceipt() throws Exception {
        var organiser = fixtures.user("Receipt Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Receipts"));
        var room = room(organiser.actor(), assembly, 2);

        int before = receipts.size();
        long sentBefore = receipts.sentKept();
        String first = cast(new WebClient(port), room.codes().get(0));
        assertThat(receipts.size()).isEqualTo(before + 1);
        assertThat(receipts.sentKept()).isEqualTo(sentBefore);
        String second = cast(new WebClient(port), room.codes().get(1));
        assertThat(receipts.size()).isEqualTo(before + 1);
        assertThat(receipts.sentKept()).as("sent from the kept page").isEqualTo(sentBefore + 1);

        String firstReceipt = receipt(first);
        String secondReceipt = receipt(second);
        assertThat(firstReceipt).isNotEqualTo(secondReceipt);
        assertThat(second).isEqualTo(first.replace(firstReceipt, secondReceipt));
        assertThat(second).contains("Your vote is cast").contains(room.title());

        ballots.close(organiser.actor(), assembly, room.ballot());
        var export = new ByteArrayOutputStream();
        results.export(organiser.actor(), assembly, room.ballot(), export);
        assertThat(export.toString(StandardCharsets.UTF_8))
                .as("each page names the receipt its own vote is stored under")
                .contains(firstReceipt, secondReceipt);
    }

    @Test
    void aRoomCastingInTheSameInstantHasThePageRenderedOnce() throws Exception {
        var organiser = fixtures.user("Receipt Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Receipts at once"));
        int people = 30;
        var room = room(organiser.actor(), assembly, people);
        long sentBefore = receipts.sentKept();

        var casts = VotingRoom.vote(port, room.codes(), member -> List.of(3));

        assertThat(casts).allSatisfy(cast -> assertThat(cast.counted()).isTrue());
        assertThat(receipts.sentKept())
                .as(
                        "everyone but the first is sent the page the first rendered, even those who asked before it was kept")
                .isEqualTo(sentBefore + people - 1);
    }

    @Test
    void eachLanguageIsAPageOfItsOwn() {
        var organiser = fixtures.user("Receipt Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Receipts in Polish"));
        var room = room(organiser.actor(), assembly, 2);

        int before = receipts.size();
        cast(new WebClient(port), room.codes().get(0));
        var polish = new WebClient(port);
        polish.get("/vote?lang=pl");
        String page = cast(polish, room.codes().get(1));

        assertThat(receipts.size()).isEqualTo(before + 2);
        assertThat(page).contains("lang=\"pl\"").doesNotContain("Your vote is cast");
        receipt(page);
        // The language links lead to the code page: the receipt page answers a form and has no address of its own.
        assertThat(page).contains("href=\"/vote?lang=ur\"").doesNotContain("/vote/cast?lang=");
        assertThat(polish.get("/vote?lang=ur").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoggedInUsersPageIsNeitherKeptNorSentToOthers() {
        var organiser = fixtures.user("Receipt Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Receipts logged in"));
        var room = room(organiser.actor(), assembly, 2);
        var loggedIn = new WebClient(port);
        assertThat(loggedIn.logIn(organiser.email(), Fixtures.PASSWORD)).isTrue();

        int before = receipts.size();
        long sentBefore = receipts.sentKept();
        String own = cast(loggedIn, room.codes().get(0));
        assertThat(receipts.size()).isEqualTo(before);
        String other = cast(new WebClient(port), room.codes().get(1));
        assertThat(receipts.sentKept()).as("nothing kept to send").isEqualTo(sentBefore);

        assertThat(own).contains("Receipt Organiser");
        assertThat(other).doesNotContain("Receipt Organiser");
        assertThat(receipts.size()).isEqualTo(before + 1);
    }

    private record Room(BallotId ballot, String title, List<String> codes) {}

    private Room room(Actor actor, AssemblyId assembly, int people) {
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < people; i++) {
            var profile =
                    new MemberProfile("Receipt", "Member " + i, "receipt" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        String title = Fixtures.unique("Final vote");
        var labels = List.of("Oppose", "Neutral", "Support");
        var ballot = ballots.create(
                actor, assembly, new BallotDetails(title, new BallotMethod.SupportLevel(labels, 3, 50), null));
        ballots.addItem(actor, assembly, ballot, new ItemText("More officers on foot", ""));
        ballots.open(actor, assembly, ballot);
        var issued = codes.issue(actor, assembly, ballot, ids).codes().stream()
                .map(BallotCode::display)
                .toList();
        return new Room(ballot, title, issued);
    }

    private static String cast(WebClient client, String code) {
        client.get("/vote");
        client.post("/vote", Map.of("code", code));
        client.post("/vote/review", Map.of("code", code, "a0", "3"));
        var page = client.post("/vote/cast", Map.of("code", code, "answers", "3"));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String receipt(String page) {
        var found = RECEIPT.matcher(page);
        assertThat(found.find()).as("a receipt on the page").isTrue();
        return found.group(1);
    }
}
