package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
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
import org.minipublic.app.support.TestDatabase;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.minipublic.app.voting.BallotMethod.SupportLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ballots end to end through the facades: one code per member counting once, refusals with their reasons, results
 * hidden until the close, sequential ballots, and a changed vote found by the hash chain.
 */
@IntegrationTest
class VotingIntegrationTests {

    private static final String ADDRESS = "192.0.2.10";

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    BallotBox box;

    @Autowired
    Results results;

    @Autowired
    PaperBallots papers;

    @Autowired
    org.minipublic.app.deliberation.Drafts drafts;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    record Setup(TestUser organiser, TestUser facilitator, AssemblyId assembly, List<MemberId> members) {}

    @Test
    void eachCodeCountsOnceAndTheCountMatchesTheVotes() {
        var setup = setup("Once", 5);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Final vote", 2);
        ballots.open(actor, setup.assembly(), id);
        var issued = codes.issue(setup.facilitator().actor(), setup.assembly(), id, setup.members());
        assertThat(issued.codes()).hasSize(5).doesNotHaveDuplicates();
        assertThat(codes.withoutCode(actor, setup.assembly(), id)).isEmpty();

        var code = issued.codes().get(0).display();
        assertThat(box.check(code, ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.READY);
        var cast = box.cast(code, answers(5, 4), ADDRESS);
        assertThat(cast.outcome()).isEqualTo(CodeCheck.Outcome.CAST);
        assertThat(cast.receipt()).matches("[0-9a-f]{16}");
        // the same code again, however typed, counts for nothing
        assertThat(box.cast(code.toLowerCase(Locale.ROOT), answers(1, 1), ADDRESS)
                        .outcome())
                .isEqualTo(CodeCheck.Outcome.USED);
        assertThat(box.check(code, ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.USED);
        box.cast(issued.codes().get(1).value(), answers(4, 2), ADDRESS);
        box.cast(issued.codes().get(2).value(), answers(2, 0), ADDRESS);
        assertThat(ballots.ballot(actor, setup.assembly(), id).votesCast()).isEqualTo(3);

        // results stay hidden while the ballot is open
        assertThatThrownBy(() -> results.count(actor, setup.assembly(), id))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.results.not-closed");

        ballots.close(actor, setup.assembly(), id);
        assertThat(box.cast(issued.codes().get(3).value(), answers(5, 5), ADDRESS)
                        .outcome())
                .isEqualTo(CodeCheck.Outcome.CLOSED);
        var count = results.count(actor, setup.assembly(), id);
        assertThat(count.intact()).isTrue();
        // item 1: 5, 4, 2 -> 2 of 3 at "Support" or above (66.7 %) < 80 %; item 2: 4, 2, none -> 1 of 2
        assertThat(count.items().get(0).counts()).containsExactly(0, 0, 1, 0, 1, 1);
        assertThat(count.items().get(0).meeting()).isEqualTo(2);
        assertThat(count.items().get(0).adopted()).isFalse();
        assertThat(count.items().get(1).counts()).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(count.items().get(1).base()).isEqualTo(2);
        assertThat(ballots.ballot(actor, setup.assembly(), id).votesCast()).isEqualTo(3);
    }

    /**
     * A vote and the code it used are written in one transaction and share its id (xmin); once the ballot is open no
     * code names its batch, so that id leads from a vote to a code and no further, whoever reads the tables.
     */
    @Test
    void noQueryLeadsFromAVoteToItsVoter() {
        var setup = setup("Xmin", 1);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Xmin", 1);
        var before = codes.issue(actor, setup.assembly(), id, setup.members());
        ballots.open(actor, setup.assembly(), id);
        box.cast(before.codes().get(0).value(), answers(5), ADDRESS);
        String linked =
                """
                select count(*) from voting.votes v
                join voting.codes c on c.xmin = v.xmin
                join voting.issued i on i.batch_id = c.batch_id
                where v.ballot_id = :b
                """;
        assertThat(jdbc.sql(linked).param("b", id.value()).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from voting.codes where ballot_id = :b and batch_id is not null")
                        .param("b", id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void wrongCodesAndWrongAnswersAreRefusedWithTheirReason() {
        var setup = setup("Refuse", 2);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Refusals", 1);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        var code = issued.codes().get(0).value();
        assertThat(box.cast(code, answers(5), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.NOT_OPEN);
        ballots.open(actor, setup.assembly(), id);

        String typo = code.substring(0, 9) + (code.charAt(9) == '2' ? '3' : '2');
        assertThat(box.cast(typo, answers(5), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.TYPO);
        var forged = BallotCode.random();
        assertThat(box.cast(forged.value(), answers(5), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.UNKNOWN);
        assertThatThrownBy(() -> box.cast(code, answers(6), ADDRESS))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.vote.not-an-answer");
        assertThatThrownBy(() -> box.cast(code, answers(5, 5), ADDRESS)).isInstanceOf(InvalidInputException.class);
        // the refused answers did not use the code up
        assertThat(box.cast(code, answers(5), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.CAST);
        assertThat(ballots.ballot(actor, setup.assembly(), id).votesCast()).isEqualTo(1);
    }

    @Test
    void guessingCodesFromOneAddressIsSlowedForRightCodesToo() {
        var setup = setup("Guess", 1);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Guessing", 1);
        var code = codes.issue(actor, setup.assembly(), id, setup.members())
                .codes()
                .get(0);
        ballots.open(actor, setup.assembly(), id);
        String guesser = "198.51.100.77";
        for (int i = 0; i < 19; i++) {
            assertThat(box.check(BallotCode.random().value(), guesser).outcome())
                    .isEqualTo(CodeCheck.Outcome.UNKNOWN);
        }
        // casting (no transaction of its own) counts wrong codes the same way as checking
        assertThat(box.cast(BallotCode.random().value(), answers(1), guesser).outcome())
                .isEqualTo(CodeCheck.Outcome.UNKNOWN);
        var waiting = box.check(code.value(), guesser);
        assertThat(waiting.outcome()).isEqualTo(CodeCheck.Outcome.WAIT);
        assertThat(waiting.waitMinutes()).isPositive();
        assertThat(box.cast(code.value(), answers(1), guesser).outcome()).isEqualTo(CodeCheck.Outcome.WAIT);
        // another address is not held up
        assertThat(box.check(code.value(), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.READY);
    }

    @Test
    void aChangedVoteIsFoundAndNothingIsCounted() throws Exception {
        var setup = setup("Tamper", 3);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Tampering", 1);
        ballots.open(actor, setup.assembly(), id);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        for (var code : issued.codes()) {
            box.cast(code.value(), answers(2), ADDRESS);
        }
        ballots.close(actor, setup.assembly(), id);
        assertThat(results.count(actor, setup.assembly(), id)
                        .items()
                        .get(0)
                        .counts()
                        .get(2))
                .isEqualTo(3);

        // The application's database role may not change votes at all ...
        assertThatThrownBy(() -> jdbc.sql("update voting.votes set answers = '5' where ballot_id = :b")
                        .param("b", id.value())
                        .update())
                .hasRootCauseMessage("ERROR: permission denied for table votes");
        // ... so change one as the owner of the database would, and the chain shows where.
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (var owner = DriverManager.getConnection(url, TestDatabase.OWNER, "");
                var change =
                        owner.prepareStatement("update voting.votes set answers = '5' where ballot_id = ? and receipt ="
                                + " (select receipt from voting.seals where ballot_id = ? and position = 2)")) {
            change.setObject(1, id.value());
            change.setObject(2, id.value());
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
        var count = results.count(actor, setup.assembly(), id);
        assertThat(count.intact()).isFalse();
        assertThat(count.brokenAt()).isEqualTo(2);
        assertThat(count.items()).isEmpty();
    }

    @Test
    void aSequentialBallotOpensOnlyAfterTheEarlierOnePassed() {
        var setup = setup("Sequence", 3);
        var actor = setup.organiser().actor();
        var first = ballots.create(
                actor, setup.assembly(), new BallotDetails("Ballot 1", ApproveReject.simpleMajority(), null));
        ballots.addItem(actor, setup.assembly(), first, new ItemText("Replace the article", ""));
        var second = ballots.create(
                actor, setup.assembly(), new BallotDetails("Ballot 2", ApproveReject.simpleMajority(), first));
        ballots.addItem(actor, setup.assembly(), second, new ItemText("Legislate", ""));
        assertThatThrownBy(() -> ballots.open(actor, setup.assembly(), second))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.ballot.earlier-not-passed");
        assertThatThrownBy(() -> ballots.remove(actor, setup.assembly(), first))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.ballot.required-by-another");

        ballots.open(actor, setup.assembly(), first);
        var issued = codes.issue(actor, setup.assembly(), first, setup.members());
        box.cast(issued.codes().get(0).value(), answers(ApproveReject.FOR), ADDRESS);
        box.cast(issued.codes().get(1).value(), answers(ApproveReject.FOR), ADDRESS);
        box.cast(issued.codes().get(2).value(), answers(ApproveReject.AGAINST), ADDRESS);
        ballots.close(actor, setup.assembly(), first);
        assertThat(results.count(actor, setup.assembly(), first).passed()).isTrue();

        ballots.open(actor, setup.assembly(), second);
        assertThat(ballots.ballot(actor, setup.assembly(), second).isOpen()).isTrue();
    }

    @Test
    void onlyOrganisersPrepareAndCloseAndNobodyIssuesTwoCodesToOneMember() {
        var setup = setup("Rights", 2);
        var actor = setup.organiser().actor();
        var facilitator = setup.facilitator().actor();
        var id = supportBallot(setup, "Rights", 1);
        assertThatThrownBy(() -> ballots.open(facilitator, setup.assembly(), id))
                .isInstanceOf(PermissionDeniedException.class);
        var outsider = fixtures.organiser("Rights Outsider");
        assertThatThrownBy(() -> ballots.ballot(outsider.actor(), setup.assembly(), id))
                .isInstanceOf(PermissionDeniedException.class);
        var board = fixtures.userWithRole("Rights Board", setup.assembly(), AssemblyRole.ADVISORY_BOARD);
        assertThatThrownBy(() -> codes.issue(board.actor(), setup.assembly(), id, setup.members()))
                .isInstanceOf(PermissionDeniedException.class);

        codes.issue(facilitator, setup.assembly(), id, List.of(setup.members().get(0)));
        assertThatThrownBy(() -> codes.issue(facilitator, setup.assembly(), id, setup.members()))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.codes.not-issuable");
        assertThat(codes.withoutCode(facilitator, setup.assembly(), id))
                .extracting(m -> m.id())
                .containsExactly(setup.members().get(1));
    }

    @Test
    void aSheetVoidedBeforeOpeningFreesItsMembersAndItsCodesStopWorking() {
        var setup = setup("Void", 2);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Voiding", 1);
        var lost = codes.issue(actor, setup.assembly(), id, setup.members());
        var batch = codes.batches(actor, setup.assembly(), id).get(0);
        assertThat(batch.used()).isEqualTo(-1); // not told before the close
        codes.voidBatch(actor, setup.assembly(), id, batch.id());
        assertThat(codes.withoutCode(actor, setup.assembly(), id)).hasSize(2);
        var fresh = codes.issue(actor, setup.assembly(), id, setup.members());
        ballots.open(actor, setup.assembly(), id);
        assertThat(box.check(lost.codes().get(0).value(), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.UNKNOWN);
        assertThat(box.check(fresh.codes().get(0).value(), ADDRESS).outcome()).isEqualTo(CodeCheck.Outcome.READY);
        var open = codes.batches(actor, setup.assembly(), id).get(0);
        assertThatThrownBy(() -> codes.voidBatch(actor, setup.assembly(), id, open.id()))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.codes.void-after-opening");
    }

    @Test
    void theExportHoldsEveryVoteWithItsChain() throws Exception {
        var setup = setup("Export", 2);
        var actor = setup.organiser().actor();
        var id = supportBallot(setup, "Export", 1);
        ballots.open(actor, setup.assembly(), id);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        var receipt =
                box.cast(issued.codes().get(0).value(), answers(4), ADDRESS).receipt();
        box.cast(issued.codes().get(1).value(), answers(0), ADDRESS);
        ballots.close(actor, setup.assembly(), id);
        var out = new java.io.ByteArrayOutputStream();
        results.export(actor, setup.assembly(), id, out);
        var lines = out.toString(java.nio.charset.StandardCharsets.UTF_8)
                .strip()
                .lines()
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith("ballot,position,receipt,answers,previous_hash,hash");
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).contains("," + receipt + ",4,"));
        assertThat(lines.get(1)).startsWith(id + ",1,");
        String seal = ballots.ballot(actor, setup.assembly(), id).chainHead();
        assertThat(lines.get(2)).startsWith(id + ",2,").endsWith(seal);

        // Anyone can check the seal and count again with the stand-alone script, and a changed vote is caught.
        var file = java.nio.file.Files.createTempFile("ballot-votes", ".csv");
        java.nio.file.Files.write(file, out.toByteArray());
        var definition = java.nio.file.Files.createTempFile("ballot-definition", ".txt");
        java.nio.file.Files.writeString(definition, results.definition(actor, setup.assembly(), id));
        assertThat(recount(file, definition, id, seal))
                .contains("Seal holds: 2 votes")
                .contains("item 1: counts [1, 0, 0, 0, 1, 0], 1 of 1, adopted");
        // the command on the results page is the one that works
        assertThat(ballots.ballot(actor, setup.assembly(), id).recountCommand())
                .contains("--definition ballot-definition.txt --ballot " + id + " --items 1 --seal " + seal
                        + " support --levels 5 --at-least 4");
        var changed = String.join("\n", lines).replace("," + receipt + ",4,", "," + receipt + ",5,");
        java.nio.file.Files.writeString(file, changed);
        assertThat(recount(file, definition, id, seal)).startsWith("Seal broken");
        // an emptied file does not lead to this ballot's seal
        java.nio.file.Files.writeString(file, lines.get(0));
        assertThat(recount(file, definition, id, seal)).startsWith("Seal broken");
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(definition);
    }

    /** Runs the stand-alone recount on a one-item ballot at 80 % at level 4 of 5, with its definition file if any. */
    static String recount(
            java.nio.file.Path votes, java.nio.file.@Nullable Path definition, BallotId ballot, String seal)
            throws Exception {
        var command = new ArrayList<>(List.of("python3", "../scripts/recount-ballot", votes.toString()));
        if (definition != null) {
            command.addAll(List.of("--definition", definition.toString()));
        }
        command.addAll(List.of(
                "--ballot",
                ballot.toString(),
                "--items",
                "1",
                "--seal",
                seal,
                "support",
                "--levels",
                "5",
                "--at-least",
                "4",
                "--percent",
                "80"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void aPaperCountsWhenTwoPeopleReadItAlikeAndAnOrganiserSettlesADifference() {
        var setup = setup("Paper", 2);
        var actor = setup.organiser().actor();
        var facilitator = setup.facilitator().actor();
        var second = fixtures.userWithRole("Paper Second Facilitator", setup.assembly(), AssemblyRole.FACILITATOR)
                .actor();
        var id = supportBallot(setup, "Paper", 2);
        var issued = codes.issue(actor, setup.assembly(), id, setup.members());
        var alike = issued.codes().get(0).display();
        assertThatThrownBy(() -> papers.enter(facilitator, setup.assembly(), id, alike, answers(5, 4)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.paper.not-open");
        ballots.open(actor, setup.assembly(), id);

        assertThat(papers.enter(facilitator, setup.assembly(), id, alike, answers(5, 4)))
                .isEqualTo(PaperBallots.Outcome.FIRST);
        // the same person typing it again is not a second reading
        assertThat(papers.enter(facilitator, setup.assembly(), id, alike, answers(5, 4)))
                .isEqualTo(PaperBallots.Outcome.FIRST);
        assertThat(papers.waitingForSecond(actor, setup.assembly(), id)).isEqualTo(1);
        assertThat(papers.enter(second, setup.assembly(), id, alike, answers(5, 4)))
                .isEqualTo(PaperBallots.Outcome.COUNTED);
        assertThat(ballots.ballot(actor, setup.assembly(), id).votesCast()).isEqualTo(1);
        assertThat(papers.waitingForSecond(actor, setup.assembly(), id)).isZero();
        assertThatThrownBy(() -> papers.enter(second, setup.assembly(), id, alike, answers(1, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.code.used");

        var differing = issued.codes().get(1).value();
        papers.enter(facilitator, setup.assembly(), id, differing, answers(4, 4));
        assertThat(papers.enter(second, setup.assembly(), id, differing, answers(4, 2)))
                .isEqualTo(PaperBallots.Outcome.DIFFERENT);
        var difference = papers.differences(actor, setup.assembly(), id);
        assertThat(difference).hasSize(1);
        assertThat(difference.get(0).codeStart()).isEqualTo(differing.substring(0, 5));
        assertThat(difference.get(0).readings()).containsExactlyInAnyOrder(answers(4, 4), answers(4, 2));
        var paper = difference.get(0).codeHash();
        assertThatThrownBy(() -> papers.settle(facilitator, setup.assembly(), id, paper, answers(4, 2)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> papers.settle(actor, setup.assembly(), id, paper, answers(1, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.paper.not-a-reading");
        papers.settle(actor, setup.assembly(), id, paper, answers(4, 2));
        assertThat(papers.differences(actor, setup.assembly(), id)).isEmpty();

        ballots.close(actor, setup.assembly(), id);
        var count = results.count(actor, setup.assembly(), id);
        assertThat(count.items().get(0).counts()).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(count.items().get(1).counts()).containsExactly(0, 0, 1, 0, 1, 0);
    }

    @Test
    void finalDraftsBecomeItemsOnceEachInTheOrderOfTheirThemes() {
        var setup = setup("From drafts", 1);
        var actor = setup.organiser().actor();
        var training = drafts.addTheme(actor, setup.assembly(), "Training");
        var victims = drafts.addTheme(actor, setup.assembly(), "Victim support");
        var late = drafts.add(
                actor,
                setup.assembly(),
                victims,
                "",
                new org.minipublic.app.deliberation.DraftText("Keep victims informed", "A named contact.", ""));
        var early = drafts.add(
                actor,
                setup.assembly(),
                training,
                "",
                new org.minipublic.app.deliberation.DraftText("Train every officer", "With local groups.", ""));
        drafts.add(
                actor,
                setup.assembly(),
                training,
                "",
                new org.minipublic.app.deliberation.DraftText("Still a draft", "Not final.", ""));
        drafts.mark(actor, setup.assembly(), late, org.minipublic.app.deliberation.DraftStatus.FINAL);
        drafts.mark(actor, setup.assembly(), early, org.minipublic.app.deliberation.DraftStatus.FINAL);
        var id = ballots.create(
                actor, setup.assembly(), new BallotDetails("Final vote", ApproveReject.simpleMajority(), null));

        assertThat(ballots.addFinalDrafts(actor, setup.assembly(), id)).isEqualTo(2);
        assertThat(ballots.addFinalDrafts(actor, setup.assembly(), id)).isZero();
        assertThat(ballots.ballot(actor, setup.assembly(), id).items())
                .extracting(BallotItem::title, BallotItem::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Train every officer", "With local groups."),
                        org.assertj.core.groups.Tuple.tuple("Keep victims informed", "A named contact."));
    }

    private BallotId supportBallot(Setup setup, String title, int items) {
        var actor = setup.organiser().actor();
        var labels = List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");
        var id = ballots.create(
                actor, setup.assembly(), new BallotDetails(title, new SupportLevel(labels, 4, 80), null));
        for (int i = 0; i < items; i++) {
            ballots.addItem(actor, setup.assembly(), id, new ItemText("Recommendation " + (i + 1), "Text " + i));
        }
        return id;
    }

    private static Answers answers(Integer... values) {
        return new Answers(List.of(values));
    }

    private Setup setup(String name, int count) {
        var organiser = fixtures.user(name + " Voting Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " voting"));
        var facilitator = fixtures.userWithRole(name + " Voting Facilitator", assembly, AssemblyRole.FACILITATOR);
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < count; i++) {
            var profile = new MemberProfile("Voter", "Number " + i, "voter" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        return new Setup(organiser, facilitator, assembly, Collections.unmodifiableList(ids));
    }
}
