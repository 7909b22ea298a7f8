package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestDatabase;
import org.minipublic.app.voting.BallotMethod.SupportLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seal covers what the ballot asked (chain version 2): a question or rule changed after the close is found by the
 * count and by the stand-alone recount, while ballots sealed in chain version 1 still check out.
 */
@IntegrationTest
class BallotDefinitionIntegrationTests {

    private static final String ADDRESS = "192.0.2.11";

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
    DataSource dataSource;

    private Actor organiser;
    private AssemblyId assembly;

    @Test
    void anItemTextChangedAfterTheCloseBreaksTheSeal() throws Exception {
        var id = votedAndClosed("Changed question");
        var ballot = ballots.ballot(organiser, assembly, id);
        assertThat(ballot.chainVersion()).isEqualTo(2);
        assertThat(results.count(organiser, assembly, id).intact()).isTrue();
        var votes = export(id);
        var sealed = definitionFile(id);
        assertThat(Files.readString(sealed)).contains("16:Recommendation 1\n").contains("16:Strongly support\n");
        assertThat(VotingIntegrationTests.recount(votes, sealed, id, ballot.chainHead()))
                .contains("Seal holds: 3 votes")
                .contains("Rule: support --levels 5 --at-least 4 --percent 80")
                .contains("item 1 (" + ballot.items().get(0).id() + "): Recommendation 1 - Text 0");

        // The application's role cannot change the question once the ballot has opened; its owner can, and is caught.
        assertThatThrownBy(() -> jdbc.sql("update voting.items set body = 'Changed' where ballot_id = :b")
                        .param("b", id.value())
                        .update())
                .hasMessageContaining("are fixed");
        asOwner(
                "alter table voting.items disable trigger items_only_in_drafts",
                "update voting.items set body = 'Text 0, changed' where ballot_id = '" + id + "' and position = 0",
                "alter table voting.items enable trigger items_only_in_drafts");

        var count = results.count(organiser, assembly, id);
        assertThat(count.intact()).isFalse();
        assertThat(count.brokenAt()).isEqualTo(1);
        // the definition as it now stands does not lead to the published seal ...
        var changed = definitionFile(id);
        assertThat(VotingIntegrationTests.recount(votes, changed, id, ballot.chainHead()))
                .startsWith("Seal broken")
                .contains("the first vote does not start from this definition");
        // ... and the one downloaded at the close still does, so it shows what members were asked
        assertThat(VotingIntegrationTests.recount(votes, sealed, id, ballot.chainHead()))
                .contains("Seal holds: 3 votes");
        for (var file : List.of(votes, sealed, changed)) {
            Files.delete(file);
        }
    }

    @Test
    void aRuleChangedAfterTheCloseBreaksTheSealAndAnotherBallotsDefinitionIsRefused() throws Exception {
        var id = votedAndClosed("Changed rule");
        var other = votedAndClosed("Another ballot");
        asOwner(
                "alter table voting.ballots disable trigger ballots_stay_put",
                "update voting.ballots set percent = 60 where id = '" + id + "'",
                "alter table voting.ballots enable trigger ballots_stay_put");
        assertThat(results.count(organiser, assembly, id).brokenAt()).isEqualTo(1);

        var votes = export(other);
        var wrong = definitionFile(id);
        String seal = ballots.ballot(organiser, assembly, other).chainHead();
        assertThat(VotingIntegrationTests.recount(votes, wrong, other, seal))
                .startsWith("Not this ballot's definition: the definition is of ballot " + id);
        Files.delete(votes);
        Files.delete(wrong);
    }

    @Test
    void aBallotSealedInTheFirstChainVersionStillChecksOut() throws Exception {
        var id = ballot("Sealed the old way");
        // as every ballot that had opened before chain version 2 (migration V5)
        jdbc.sql("update voting.ballots set chain_version = 1 where id = :b")
                .param("b", id.value())
                .update();
        voteAndClose(id);
        var ballot = ballots.ballot(organiser, assembly, id);
        assertThat(ballot.chainVersion()).isEqualTo(1);
        assertThat(results.count(organiser, assembly, id).intact()).isTrue();
        assertThat(ballot.recountCommand()).doesNotContain("--definition");
        assertThatThrownBy(() -> results.definition(organiser, assembly, id))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("voting.definition.none");
        var votes = export(id);
        assertThat(VotingIntegrationTests.recount(votes, null, id, ballot.chainHead()))
                .contains("Seal holds: 3 votes");
        Files.delete(votes);
        // and the chain version is as fixed as the rest of the ballot once it has opened
        assertThatThrownBy(() -> jdbc.sql("update voting.ballots set chain_version = 2 where id = :b")
                        .param("b", id.value())
                        .update())
                .hasMessageContaining("has opened");
    }

    private BallotId votedAndClosed(String title) {
        var id = ballot(title);
        voteAndClose(id);
        return id;
    }

    private BallotId ballot(String title) {
        if (assembly == null) {
            var user = fixtures.user(title + " Organiser");
            assembly = fixtures.assembly(user, Fixtures.unique(title));
            organiser = user.actor();
        }
        var labels = List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");
        var id = ballots.create(organiser, assembly, new BallotDetails(title, new SupportLevel(labels, 4, 80), null));
        ballots.addItem(organiser, assembly, id, new ItemText("Recommendation 1", "Text 0"));
        return id;
    }

    private void voteAndClose(BallotId id) {
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < 3; i++) {
            String email = "voter" + System.nanoTime() + "@example.org";
            var profile = new MemberProfile("Voter", "Number " + i, email, "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        ballots.open(organiser, assembly, id);
        int answer = 3;
        for (var code : codes.issue(organiser, assembly, id, ids).codes()) {
            box.cast(code.value(), new Answers(List.of(answer++)), ADDRESS);
        }
        ballots.close(organiser, assembly, id);
    }

    private Path export(BallotId id) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        results.export(organiser, assembly, id, out);
        var file = Files.createTempFile("ballot-votes", ".csv");
        Files.write(file, out.toByteArray());
        return file;
    }

    private Path definitionFile(BallotId id) throws Exception {
        var file = Files.createTempFile("ballot-definition", ".txt");
        Files.writeString(file, results.definition(organiser, assembly, id));
        return file;
    }

    private void asOwner(String... statements) throws Exception {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (var owner = DriverManager.getConnection(url, TestDatabase.OWNER, "");
                var statement = owner.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
