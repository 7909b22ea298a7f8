package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round of the members' verdict: opened once the responses are public, each member's verdict given once while it
 * is open, figures only after it closes (hidden below five scores), public only once published, audited, and stored
 * so that no row ties a member to a score.
 */
@IntegrationTest
class VerdictsIntegrationTests {

    @Autowired
    Verdicts verdicts;

    @Autowired
    PortalVerdicts portal;

    @Autowired
    Responses responses;

    @Autowired
    PublicAccountability published;

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** An assembly with two responded recommendations (and one without a response), published, and its members. */
    record Setup(
            TestUser organiser,
            AssemblyId assembly,
            RecommendationId first,
            RecommendationId second,
            List<PortalMember> members) {
        Actor actor() {
            return organiser.actor();
        }
    }

    @Test
    void eachMemberGivesTheirVerdictOnceAndTheFiguresComeOnlyAfterTheRoundCloses() {
        var setup = setup("Verdict figures", 7);
        assertThatThrownBy(() -> portal.responses(setup.members().get(0)))
                .as("no round yet")
                .hasMessageContaining("accountability.portal-verdict.closed");
        verdicts.open(setup.actor(), setup.assembly());
        assertThat(portal.invitation(setup.members().get(0))).contains(false);
        assertThat(portal.responses(setup.members().get(0)))
                .extracting(Recommendation::id)
                .containsExactly(setup.first(), setup.second());

        // first: 2, 4, 4, 7, 9, 10 and one no view; second: six no views and one 0
        int[] scores = {2, 4, 4, 7, 9, 10, -1};
        for (int i = 0; i < 7; i++) {
            var missing = portal.give(
                    setup.members().get(i),
                    Map.of(setup.first(), choice(scores[i]), setup.second(), choice(i == 6 ? 0 : -1)));
            assertThat(missing).isEmpty();
        }

        assertThat(portal.invitation(setup.members().get(0))).contains(true);
        assertThatThrownBy(() -> portal.give(
                        setup.members().get(0), Map.of(setup.first(), choice(0), setup.second(), choice(0))))
                .hasMessageContaining("accountability.portal-verdict.already");
        assertThat(verdicts.round(setup.actor(), setup.assembly()).orElseThrow().turnout())
                .isEqualTo(7);
        assertThat(verdicts.figures(setup.actor(), setup.assembly()))
                .as("only the turnout while open")
                .isEmpty();

        verdicts.close(setup.actor(), setup.assembly());

        var figures = verdicts.figures(setup.actor(), setup.assembly());
        var first = figures.get(setup.first());
        assertThat(first.distribution()).containsExactly(0, 0, 1, 0, 2, 0, 0, 1, 0, 1, 1);
        assertThat(first.count()).isEqualTo(6);
        assertThat(first.noView()).isEqualTo(1);
        assertThat(first.median()).isEqualTo(5.5);
        assertThat(first.mean()).isEqualTo(6.0);
        assertThat(first.shown()).isTrue();
        var second = figures.get(setup.second());
        assertThat(second.count()).isEqualTo(1);
        assertThat(second.noView()).isEqualTo(6);
        assertThat(second.shown()).as("one score is not shown").isFalse();
        assertThat(portal.invitation(setup.members().get(0))).as("closed").isEmpty();
    }

    @Test
    void aClosedRoundTakesNoVerdictAndDoesNotOpenAgain() {
        var setup = setup("Verdict closed", 2);
        verdicts.open(setup.actor(), setup.assembly());
        assertThatThrownBy(() -> verdicts.open(setup.actor(), setup.assembly()))
                .hasMessageContaining("accountability.verdict-round.exists");
        assertThatThrownBy(() -> verdicts.publish(setup.actor(), setup.assembly(), true))
                .as("an open round's figures")
                .hasMessageContaining("accountability.verdict-round.not-closed");
        verdicts.close(setup.actor(), setup.assembly());

        assertThatThrownBy(() -> portal.give(
                        setup.members().get(0), Map.of(setup.first(), choice(5), setup.second(), choice(5))))
                .hasMessageContaining("accountability.portal-verdict.closed");
        assertThatThrownBy(() -> portal.responses(setup.members().get(0)))
                .hasMessageContaining("accountability.portal-verdict.closed");
        assertThatThrownBy(() -> verdicts.open(setup.actor(), setup.assembly()))
                .hasMessageContaining("accountability.verdict-round.exists");
        assertThat(givers(setup.assembly())).isZero();
    }

    @Test
    void theRoundOpensOnlyOnceTheResponsesArePublic() {
        var setup = setup("Verdict unpublished", 1);
        responses.publish(setup.actor(), setup.assembly(), false);

        assertThatThrownBy(() -> verdicts.open(setup.actor(), setup.assembly()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("accountability.verdict-round.not-ready");
        assertThat(verdicts.round(setup.actor(), setup.assembly())).isEmpty();
    }

    @Test
    void aVerdictWithoutAChoiceForEveryResponseIsNotStored() {
        var setup = setup("Verdict missing", 1);
        verdicts.open(setup.actor(), setup.assembly());

        var missing = portal.give(setup.members().get(0), Map.of(setup.first(), choice(8)));

        assertThat(missing).containsExactly(setup.second());
        assertThat(portal.invitation(setup.members().get(0))).contains(false);
        assertThat(givers(setup.assembly())).isZero();
        assertThat(counted(setup.first())).isZero();
    }

    @Test
    void aMemberOfAnotherAssemblyCannotAddToThisAssemblysFigures() {
        var setup = setup("Verdict here", 1);
        var other = setup("Verdict elsewhere", 1);
        verdicts.open(setup.actor(), setup.assembly());
        var outsider = other.members().get(0);

        assertThatThrownBy(() -> portal.give(outsider, Map.of(setup.first(), choice(10), setup.second(), choice(10))))
                .as("the outsider's own assembly has no round open")
                .hasMessageContaining("accountability.portal-verdict.closed");
        verdicts.open(other.actor(), other.assembly());
        var all = new HashMap<RecommendationId, VerdictChoice>();
        all.put(setup.first(), choice(10));
        all.put(setup.second(), choice(10));
        all.put(other.first(), choice(3));
        all.put(other.second(), choice(4));
        assertThat(portal.give(outsider, all)).isEmpty();

        assertThat(counted(setup.first()) + counted(setup.second())).isZero();
        assertThat(counted(other.first())).isEqualTo(1);
        assertThat(givers(setup.assembly())).isZero();
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private List<String> csvLines(AssemblyId assembly) {
        try {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/public/assemblies/" + assembly + "/recommendations.csv"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePublicPageShowsTheFiguresOnlyOnceTheyArePublished() {
        var setup = setup("Verdict public", 5);
        verdicts.open(setup.actor(), setup.assembly());
        for (var member : setup.members()) {
            portal.give(member, Map.of(setup.first(), choice(6), setup.second(), choice(9)));
        }
        assertThat(published.published(setup.assembly()).orElseThrow().verdicts())
                .isEmpty();
        verdicts.close(setup.actor(), setup.assembly());
        assertThat(published.published(setup.assembly()).orElseThrow().verdicts())
                .as("closed, not yet published")
                .isEmpty();

        verdicts.publish(setup.actor(), setup.assembly(), true);

        var record = published.published(setup.assembly()).orElseThrow();
        assertThat(record.verdictFor(setup.first()).median()).isEqualTo(6.0);
        assertThat(record.verdictFor(setup.second()).mean()).isEqualTo(9.0);
        assertThat(record.verdictFor(setup.second()).count()).isEqualTo(5);
        assertThat(csvLines(setup.assembly()))
                .as("scores, no view, median, mean, then the count of actions")
                .anyMatch(line -> line.endsWith(",5,0,6,6,0"))
                .anyMatch(line -> line.endsWith(",5,0,9,9,0"));
        verdicts.publish(setup.actor(), setup.assembly(), false);
        assertThat(published.published(setup.assembly()).orElseThrow().verdicts())
                .isEmpty();
        assertThat(audited(setup.assembly()))
                .containsExactly(
                        "accountability.verdict-round-opened",
                        "accountability.verdict-round-closed",
                        "accountability.verdict-round-published",
                        "accountability.verdict-round-unpublished");
    }

    /**
     * Who gave their verdict and what they chose share no column but the assembly, carry no time, and the choices are
     * kept only as counts: seven members' verdicts leave one row per response and score, none naming anyone.
     */
    @Test
    void noStoredRowTiesAMemberToTheirScores() {
        var setup = setup("Verdict secret", 7);
        verdicts.open(setup.actor(), setup.assembly());
        for (var member : setup.members()) {
            portal.give(member, Map.of(setup.first(), choice(7), setup.second(), choice(2)));
        }

        assertThat(columns("verdict_givers")).containsExactlyInAnyOrder("assembly_id", "member_id");
        assertThat(columns("verdict_counts")).containsExactlyInAnyOrder("recommendation_id", "score", "members");
        assertThat(columns("verdict_rounds")).containsExactlyInAnyOrder("assembly_id", "status", "published");
        assertThat(jdbc.sql(
                                """
                        select c.score, c.members from accountability.verdict_counts c
                        where c.recommendation_id in (:ids) order by c.score""")
                        .param(
                                "ids",
                                List.of(setup.first().value(), setup.second().value()))
                        .query((rs, row) -> rs.getInt("score") + "x" + rs.getInt("members"))
                        .list())
                .containsExactly("2x7", "7x7");
        var memberIds = setup.members().stream().map(m -> m.member().value()).toList();
        assertThat(jdbc.sql("select member_id from accountability.verdict_givers where assembly_id = :a")
                        .param("a", setup.assembly().value())
                        .query(java.util.UUID.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(memberIds);
        assertThat(jdbc.sql("select action from audit.entries where assembly_id = :a and action like '%verdict%'")
                        .param("a", setup.assembly().value())
                        .query(String.class)
                        .list())
                .as("giving a verdict leaves no timed trace in the audit log")
                .containsExactly("accountability.verdict-round-opened");
    }

    private static VerdictChoice choice(int score) {
        return score < 0 ? VerdictChoice.NO_VIEW : new VerdictChoice(score);
    }

    private List<String> columns(String table) {
        return jdbc.sql(
                        """
                        select column_name from information_schema.columns
                        where table_schema = 'accountability' and table_name = :t""")
                .param("t", table)
                .query(String.class)
                .list();
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

    private List<String> audited(AssemblyId assembly) {
        return jdbc.sql(
                        """
                        select action from audit.entries
                        where assembly_id = :a and action like 'accountability.verdict-round%' order by id""")
                .param("a", assembly.value())
                .query(String.class)
                .list();
    }

    private Setup setup(String name, int memberCount) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        var actor = organiser.actor();
        var first = responses.add(actor, assembly, "Keep victims informed", "A named contact for every victim.");
        var second = responses.add(actor, assembly, "Publish figures by ward", "");
        responses.add(actor, assembly, "Not answered yet", "");
        for (var id : List.of(first, second)) {
            responses.respond(
                    actor,
                    assembly,
                    id,
                    new ResponseText(
                            ResponseStatus.UNDER_CONSIDERATION, "We are costing it.", "Police", "", responses.today()),
                    -1);
        }
        responses.publish(actor, assembly, true);
        for (int i = 0; i < memberCount; i++) {
            members.enrol(
                    Actor.system(),
                    assembly,
                    NewMember.byHand(new MemberProfile(
                            "Giver", "Number " + i, "giver" + i + "@example.org", "", "en", false, "")));
        }
        List<PortalMember> signedIn = new ArrayList<>();
        for (var card : cards.issue(actor, assembly, false)) {
            signedIn.add(java.util.Objects.requireNonNull(
                    cards.signIn(card.code(), "192.0.2.14").member()));
        }
        return new Setup(organiser, assembly, first, second, signedIn);
    }
}
