package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.VotingRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 150 members vote at the same moment on 30 recommendations through HTTP against the running application, then all
 * send their vote again: every vote is recorded exactly once, the turnout is exact, the chain holds, and the count
 * equals the one made from what the members sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class VotingConcurrencyIntegrationTests {

    static final int MEMBERS = 150;
    static final int ITEMS = 30;

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

    @Test
    void aHundredAndFiftyMembersVoteAtOnceAndEachVoteCountsOnce() throws Exception {
        var organiser = fixtures.user("Crowd Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Crowd vote"));
        var actor = organiser.actor();
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < MEMBERS; i++) {
            var profile = new MemberProfile("Crowd", "Member " + i, "crowd" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        var labels = List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");
        var id = ballots.create(
                actor, assembly, new BallotDetails("Crowd vote", new BallotMethod.SupportLevel(labels, 4, 80), null));
        for (int item = 0; item < ITEMS; item++) {
            ballots.addItem(actor, assembly, id, new ItemText("Recommendation " + (item + 1), ""));
        }
        ballots.open(actor, assembly, id);
        var issued = codes.issue(actor, assembly, id, ids).codes().stream()
                .map(BallotCode::display)
                .toList();

        var first = VotingRoom.vote(port, issued, VotingConcurrencyIntegrationTests::answersOf);
        assertThat(first).allSatisfy(cast -> {
            assertThat(cast.status()).isEqualTo(200);
            assertThat(cast.counted()).isTrue();
        });
        var again = VotingRoom.vote(port, issued, member -> answersOf(member + 1));
        assertThat(again).allSatisfy(cast -> {
            assertThat(cast.counted()).isFalse();
            assertThat(cast.refusedAsUsed()).isTrue();
        });

        var ballot = ballots.ballot(actor, assembly, id);
        assertThat(ballot.votesCast()).isEqualTo(MEMBERS);
        ballots.close(actor, assembly, id);
        var count = results.count(actor, assembly, id);
        assertThat(count.intact()).isTrue();
        for (int item = 0; item < ITEMS; item++) {
            var expected = new int[6];
            for (int member = 0; member < MEMBERS; member++) {
                expected[answersOf(member).get(item)]++;
            }
            assertThat(count.items().get(item).counts())
                    .as("item %d", item)
                    .containsExactly(expected[0], expected[1], expected[2], expected[3], expected[4], expected[5]);
        }
    }

    /** A member's answers, spread over the scale so that the count depends on every vote. */
    static List<Integer> answersOf(int member) {
        var answers = new ArrayList<Integer>(ITEMS);
        for (int item = 0; item < ITEMS; item++) {
            answers.add((member * 7 + item * 3) % 6);
        }
        return answers;
    }
}
