package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an attacker's review of the voting module found, each now refused: a closed ballot changed through the
 * application's own database role, races on one code or one member, the close racing with votes, ids of another
 * assembly's ballot, and ballots that wait for each other.
 */
@IntegrationTest
class VotingHardeningIntegrationTests {

    private static final String ADDRESS = "192.0.2.20";

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    BallotBox box;

    @Autowired
    Results results;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    record Setup(TestUser organiser, AssemblyId assembly, List<MemberId> members) {}

    /**
     * The application's role may insert votes and seals (it must, to take votes and seal them), so after the close it
     * could otherwise add a vote with a matching seal link, or change what was asked, and the count would still hold.
     */
    @Test
    void aClosedBallotCannotBeChangedThroughTheApplicationsRole() {
        var setup = setup("Frozen", 2);
        var actor = setup.organiser().actor();
        var id = approveBallot(setup, "Frozen");
        ballots.open(actor, setup.assembly(), id);
        // once open, what it asks and how it counts are fixed
        assertRefused("update voting.items set title = 'Something else' where ballot_id = :b", id);
        assertRefused("update voting.ballots set percent = 1 where id = :b", id);
        assertRefused("delete from voting.ballots where id = :b", id);
        assertRefused("insert into voting.seals (ballot_id, position, receipt, hash) values (:b, 1, 'x', '\\x00')", id);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        box.cast(issued.codes().get(0).value(), new Answers(List.of(ApproveReject.FOR)), ADDRESS);
        ballots.close(actor, setup.assembly(), id);
        String seal = ballots.ballot(actor, setup.assembly(), id).chainHead();

        assertRefused(
                "insert into voting.votes (ballot_id, receipt, answers) values (:b, '00000000000000ff', '1')", id);
        assertRefused(
                "insert into voting.seals (ballot_id, position, receipt, hash) values (:b, 2, '00000000000000ff',"
                        + " '\\x00')",
                id);
        assertRefused("update voting.ballots set chain_head = '\\x00' where id = :b", id);
        assertRefused("update voting.ballots set status = 'OPEN' where id = :b", id);
        assertRefused("update voting.ballots set more_than = true, percent = 99 where id = :b", id);
        assertRefused("delete from voting.items where ballot_id = :b", id);

        var count = results.count(actor, setup.assembly(), id);
        assertThat(count.intact()).isTrue();
        assertThat(count.ballot().chainHead()).isEqualTo(seal);
        assertThat(count.items().get(0).adopted()).isTrue();
    }

    /** Twenty phones send the same code at the same moment: one vote counts, the others are told it was used. */
    @Test
    void oneCodeSentManyTimesAtOnceCountsOnce() throws Exception {
        var setup = setup("Same code", 1);
        var actor = setup.organiser().actor();
        var id = approveBallot(setup, "Same code");
        ballots.open(actor, setup.assembly(), id);
        String code = codes.issue(actor, setup.assembly(), id, setup.members())
                .codes()
                .get(0)
                .value();
        var outcomes = together(20, i -> box.cast(code, new Answers(List.of(1 + i % 3)), "192.0.2." + (100 + i))
                .outcome());
        assertThat(outcomes).filteredOn(o -> o == CodeCheck.Outcome.CAST).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != CodeCheck.Outcome.CAST).containsOnly(CodeCheck.Outcome.USED);
        assertThat(ballots.ballot(actor, setup.assembly(), id).votesCast()).isEqualTo(1);
    }

    /** Every vote the voter was told was cast is in the count, and no vote is taken after the close. */
    @Test
    void theCloseDuringABurstKeepsEveryVoteThatWasToldItCounted() throws Exception {
        var setup = setup("Burst close", 40);
        var actor = setup.organiser().actor();
        var id = approveBallot(setup, "Burst close");
        ballots.open(actor, setup.assembly(), id);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        var outcomes = together(41, i -> {
            if (i == 40) {
                // close once some votes are in, while others are still arriving
                while (ballots.ballot(actor, setup.assembly(), id).votesCast() < 5) {
                    Thread.sleep(1);
                }
                ballots.close(actor, setup.assembly(), id);
                return CodeCheck.Outcome.NOT_OPEN;
            }
            return box.cast(
                            issued.codes().get(i).value(),
                            new Answers(List.of(ApproveReject.FOR)),
                            "192.0.2." + (100 + i))
                    .outcome();
        });
        long cast = outcomes.stream().filter(o -> o == CodeCheck.Outcome.CAST).count();
        assertThat(outcomes.subList(0, 40)).allMatch(o -> o == CodeCheck.Outcome.CAST || o == CodeCheck.Outcome.CLOSED);
        assertThat(cast).isGreaterThanOrEqualTo(5);
        var count = results.count(actor, setup.assembly(), id);
        assertThat(count.intact()).isTrue();
        assertThat(count.ballot().votesCast()).isEqualTo((int) cast);
        assertThat(count.items().get(0).counts().get(ApproveReject.FOR)).isEqualTo((int) cast);
    }

    /** Two facilitators issuing a code to the same member at once: one gets it, the other a message, not an error. */
    @Test
    void twoPeopleIssuingToOneMemberAtOnceGiveOneCode() throws Exception {
        var setup = setup("Issue race", 1);
        var actor = setup.organiser().actor();
        var id = approveBallot(setup, "Issue race");
        var outcomes = together(6, i -> {
            try {
                codes.issue(actor, setup.assembly(), id, setup.members());
                return "issued";
            } catch (InvalidInputException e) {
                return e.messageKey();
            }
        });
        assertThat(outcomes).filteredOn("issued"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"issued".equals(o)).containsOnly("voting.codes.not-issuable");
    }

    @Test
    void twoBallotsCannotEachWaitForTheOther() {
        var setup = setup("Cycle", 1);
        var actor = setup.organiser().actor();
        var first = approveBallot(setup, "First");
        var second = ballots.create(
                actor, setup.assembly(), new BallotDetails("Second", ApproveReject.simpleMajority(), first));
        var third = ballots.create(
                actor, setup.assembly(), new BallotDetails("Third", ApproveReject.simpleMajority(), second));
        int version = ballots.ballot(actor, setup.assembly(), first).version();
        assertThatThrownBy(() -> ballots.update(
                        actor,
                        setup.assembly(),
                        first,
                        new BallotDetails("First", ApproveReject.simpleMajority(), third),
                        version))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.ballot.requires-invalid");
    }

    @Test
    void aTitleIsKeptAsChecked() {
        var setup = setup("Title", 1);
        var actor = setup.organiser().actor();
        var id = ballots.create(
                actor, setup.assembly(), new BallotDetails("   Final vote \t", ApproveReject.simpleMajority(), null));
        assertThat(ballots.ballot(actor, setup.assembly(), id).title()).isEqualTo("Final vote");
    }

    /** An organiser of one assembly who puts another assembly's ballot in the address finds nothing. */
    @Test
    void anotherAssemblysBallotIsNotFoundThroughTheAddress() throws Exception {
        var mine = setup("Mine", 1);
        var theirs = setup("Theirs", 1);
        var id = approveBallot(theirs, "Theirs");
        var me = user(mine.organiser().principal());
        String base = "/assemblies/" + mine.assembly() + "/ballots/" + id;
        for (String page : List.of("", "/edit", "/codes", "/results", "/room", "/votes.csv", "/paper")) {
            mvc.perform(get(base + page).with(me)).andExpect(status().isNotFound());
        }
        for (String action : List.of("/open", "/remove", "/items")) {
            mvc.perform(post(base + action).with(me).with(csrf()).param("title", "x"))
                    .andExpect(status().isNotFound());
        }
        assertThat(ballots.ballot(theirs.organiser().actor(), theirs.assembly(), id)
                        .isDraft())
                .isTrue();
        assertThat(ballots.ballot(theirs.organiser().actor(), theirs.assembly(), id)
                        .items())
                .hasSize(1);
    }

    /** Asking for what a ballot cannot give yet is the request's fault: 400, not a server error. */
    @Test
    void theVotesOfAnOpenBallotCannotBeDownloaded() throws Exception {
        var setup = setup("Early export", 1);
        var id = approveBallot(setup, "Early export");
        ballots.open(setup.organiser().actor(), setup.assembly(), id);
        mvc.perform(get("/assemblies/" + setup.assembly() + "/ballots/" + id + "/votes.csv")
                        .with(user(setup.organiser().principal())))
                .andExpect(status().isBadRequest());
    }

    /**
     * A file whose hashes are all consistent can still hold a vote no ballot could take (made by someone who
     * recomputed the chain): the stand-alone recount names it rather than counting it.
     */
    @Test
    void theRecountRefusesAVoteTheBallotCouldNotHaveTaken() throws Exception {
        var ballot = BallotId.random();
        // a ballot sealed in chain version 1, which starts from its id alone
        byte[] start = VoteChain.sha256(("minipublic ballot " + ballot).getBytes(StandardCharsets.UTF_8));
        for (String answers : List.of("9", "-1", "1,1", "")) {
            var links = VoteChain.seal(
                    start,
                    List.of(
                            new VoteChain.Vote("00000000000000aa", "4"),
                            new VoteChain.Vote("00000000000000bb", answers)));
            var csv = new StringBuilder("ballot,position,receipt,answers,previous_hash,hash\n");
            for (var link : links) {
                csv.append(ballot)
                        .append(',')
                        .append(link.position())
                        .append(',')
                        .append(link.receipt())
                        .append(",\"")
                        .append(link.answers())
                        .append("\",")
                        .append(VoteChain.hex(link.previousHash()))
                        .append(',')
                        .append(VoteChain.hex(link.hash()))
                        .append('\n');
            }
            var file = java.nio.file.Files.createTempFile("forged-votes", ".csv");
            java.nio.file.Files.writeString(file, csv);
            String seal = VoteChain.hex(VoteChain.head(start, links));
            assertThat(VotingIntegrationTests.recount(file, null, ballot, seal))
                    .as("answers %s", answers)
                    .startsWith("Not a valid vote: vote 2 (receipt 00000000000000bb)");
            java.nio.file.Files.delete(file);
        }
    }

    private void assertRefused(String sql, BallotId id) {
        assertThatThrownBy(() -> jdbc.sql(sql).param("b", id.value()).update()).hasMessageContaining("ballot");
    }

    private static <T> List<T> together(int people, Attempt<T> attempt) throws Exception {
        var pool = Executors.newFixedThreadPool(people);
        try {
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < people; i++) {
                int index = i;
                Callable<T> call = () -> {
                    go.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            var outcomes = new ArrayList<T>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface Attempt<T> {
        T run(int index) throws Exception;
    }

    private BallotId approveBallot(Setup setup, String title) {
        var actor = setup.organiser().actor();
        var id =
                ballots.create(actor, setup.assembly(), new BallotDetails(title, ApproveReject.simpleMajority(), null));
        ballots.addItem(actor, setup.assembly(), id, new ItemText("Recommendation", "Text"));
        return id;
    }

    private Setup setup(String name, int count) {
        var organiser = fixtures.user(name + " Hardening Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " hardening"));
        fixtures.userWithRole(name + " Hardening Facilitator", assembly, AssemblyRole.FACILITATOR);
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < count; i++) {
            var profile = new MemberProfile("Voter", "Number " + i, "hv" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        return new Setup(organiser, assembly, List.copyOf(ids));
    }
}
