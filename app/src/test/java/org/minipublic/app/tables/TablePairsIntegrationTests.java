package org.minipublic.app.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.Withdrawal;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.StoredText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keep-apart and keep-together pairs on twelve members at three tables of four: added and removed by organisers only,
 * refused with the reason when they break a rule, kept by the engine in every planned session, and warned about when a
 * hand move breaks them.
 */
@IntegrationTest
class TablePairsIntegrationTests {

    static final int MEMBERS = 12;

    @Autowired
    TablePlans plans;

    @Autowired
    Programme programme;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    record Setup(
            TestUser organiser,
            TestUser facilitator,
            AssemblyId assembly,
            List<SessionId> sessions,
            List<MemberId> members) {

        Actor actor() {
            return organiser.actor();
        }

        MemberId member(int i) {
            return members.get(i);
        }
    }

    @Test
    void organisersAddAndRemovePairsAndTheAuditLogKeepsIdsAndKindButNeverTheReason() {
        var setup = setup("Add");
        String reason = "Sisters since a family quarrel";

        var id = plans.addPair(
                setup.actor(), setup.assembly(), new NewPair(setup.member(0), setup.member(1), PairKind.APART, reason));
        plans.addPair(setup.actor(), setup.assembly(), together(setup, 2, 3));

        var pairs = plans.settings(setup.actor(), setup.assembly()).pairs();
        assertThat(pairs)
                .extracting(p ->
                        p.oneName() + " / " + p.otherName() + " " + p.pair().kind() + " " + p.applied())
                .containsExactly(
                        "Pair Person 0 / Pair Person 1 APART true", "Pair Person 2 / Pair Person 3 TOGETHER true");
        assertThat(pairs.get(0).pair().reason()).isEqualTo(reason);
        assertThat(StoredText.tablesHolding(jdbc, reason)).containsExactly("tables.pairs");
        assertThat(StoredText.tablesHolding(jdbc, id.toString())).contains("audit.entries");

        plans.removePair(setup.actor(), setup.assembly(), id);

        assertThat(plans.settings(setup.actor(), setup.assembly()).pairs())
                .extracting(p -> p.pair().kind())
                .containsExactly(PairKind.TOGETHER);
        assertThat(StoredText.tablesHolding(jdbc, reason)).isEmpty();
        refused(() -> plans.removePair(setup.actor(), setup.assembly(), id), "tables.pairs.not-found");
    }

    @Test
    void twoOrganisersAddingTheSamePairAtOnceGetOnePairAndAClearMessage() throws Exception {
        var setup = setup("Race");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<String> add = () -> {
                start.await();
                try {
                    plans.addPair(
                            setup.actor(),
                            setup.assembly(),
                            new NewPair(setup.member(4), setup.member(5), PairKind.APART, ""));
                    return "added";
                } catch (org.minipublic.app.shared.InvalidInputException e) {
                    return e.getMessage();
                }
            };
            var first = pool.submit(add);
            var second = pool.submit(add);
            start.countDown();
            var outcomes = List.of(first.get(), second.get());
            assertThat(outcomes).filteredOn("added"::equals).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> !o.equals("added"))
                    .singleElement()
                    .satisfies(
                            o -> assertThat(o).containsAnyOf("tables.pairs.added-meanwhile", "tables.pairs.already"));
        } finally {
            pool.shutdown();
        }
        assertThat(plans.settings(setup.actor(), setup.assembly()).pairs()).hasSize(1);
    }

    @Test
    void eachBrokenRuleIsRefusedWithTheMembersNamed() {
        var setup = setup("Refuse");
        var actor = setup.actor();
        var assembly = setup.assembly();
        plans.saveSettings(actor, assembly, new TableSettings(3, List.of(), 1, Set.of(), Set.of(), false, 4));
        plans.addPair(actor, assembly, apart(setup, 0, 1));
        plans.addPair(actor, assembly, together(setup, 2, 3));
        plans.addPair(actor, assembly, together(setup, 3, 4));
        withdraw(setup, 11);

        refused(() -> plans.addPair(actor, assembly, apart(setup, 5, 5)), "tables.pairs.same");
        refused(() -> plans.addPair(actor, assembly, apart(setup, 5, 11)), "tables.pairs.withdrawn", "Pair Person 11");
        refused(
                () -> plans.addPair(actor, assembly, apart(setup, 1, 0)),
                "tables.pairs.already.APART",
                "Pair Person 1",
                "Pair Person 0");
        refused(
                () -> plans.addPair(actor, assembly, together(setup, 0, 1)),
                "tables.pairs.both.TOGETHER",
                "Pair Person 0",
                "Pair Person 1");
        refused(
                () -> plans.addPair(actor, assembly, apart(setup, 3, 2)),
                "tables.pairs.both.APART",
                "Pair Person 3",
                "Pair Person 2");
        // 2 and 4 are joined through 3, so keeping them apart contradicts the group
        refused(
                () -> plans.addPair(actor, assembly, apart(setup, 4, 2)),
                "tables.pairs.contradiction",
                "Pair Person 4",
                "Pair Person 2",
                "Pair Person 2, Pair Person 3, Pair Person 4");
        plans.addPair(actor, assembly, together(setup, 4, 5));
        // a fifth in the chain is more than a table of four seats
        refused(
                () -> plans.addPair(actor, assembly, together(setup, 6, 5)),
                "tables.pairs.group-too-large",
                "Pair Person 2, Pair Person 3, Pair Person 4, Pair Person 5, Pair Person 6",
                5,
                4);
        refused(
                () -> plans.addPair(
                        actor,
                        assembly,
                        new NewPair(setup.member(7), setup.member(8), PairKind.APART, "x".repeat(201))),
                "tables.pairs.reason.long",
                200);
        // settings with smaller tables than a group are refused too (12 members fit at six tables of three)
        refused(
                () -> plans.saveSettings(
                        actor, assembly, new TableSettings(6, List.of(), 1, Set.of(), Set.of(), false, 3)),
                "tables.pairs.group-too-large",
                "Pair Person 2, Pair Person 3, Pair Person 4, Pair Person 5",
                4,
                3);
        assertThat(plans.settings(actor, assembly).pairs()).hasSize(4);
    }

    @Test
    void thePlanKeepsPairsApartAndTogetherAndIgnoresAPairWithAWithdrawnMember() {
        var setup = setup("Plan");
        var actor = setup.actor();
        plans.saveSettings(actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), false, 4));
        plans.addPair(actor, setup.assembly(), apart(setup, 0, 1));
        plans.addPair(actor, setup.assembly(), apart(setup, 0, 2));
        plans.addPair(actor, setup.assembly(), apart(setup, 1, 2));
        plans.addPair(actor, setup.assembly(), together(setup, 3, 4));
        plans.addPair(actor, setup.assembly(), together(setup, 4, 5));
        plans.addPair(
                actor,
                setup.assembly(),
                new NewPair(setup.member(6), setup.member(7), PairKind.APART, "Their families have a dispute"));
        withdraw(setup, 7);
        // the pair is no longer applied, so its reason is not kept
        await().atMost(Duration.ofSeconds(10)).until(() -> plans.settings(actor, setup.assembly()).pairs().stream()
                .filter(p -> !p.applied())
                .map(p -> p.pair().reason())
                .toList()
                .equals(List.of("")));

        planAndWait(setup, Set.copyOf(setup.sessions()), 17L);

        for (int s = 0; s < setup.sessions().size(); s++) {
            var seats = seats(setup, s);
            assertThat(new java.util.HashSet<>(List.of(
                            seats.get(setup.member(0)), seats.get(setup.member(1)), seats.get(setup.member(2)))))
                    .hasSize(3);
            assertThat(seats.get(setup.member(3)))
                    .isEqualTo(seats.get(setup.member(4)))
                    .isEqualTo(seats.get(setup.member(5)));
            assertThat(seats).doesNotContainKey(setup.member(7));
            assertThat(plans.warnings(actor, setup.assembly(), setup.sessions().get(s)))
                    .isEmpty();
        }
        assertThat(plans.settings(actor, setup.assembly()).pairs())
                .filteredOn(p -> !p.applied())
                .singleElement()
                .satisfies(p -> assertThat(p.withdrawn()).isEqualTo("Pair Person 7"));
    }

    @Test
    void aHandMoveOrSwapThatBreaksAPairIsWarnedAbout() {
        var setup = setup("Move");
        var actor = setup.actor();
        var session = setup.sessions().get(0);
        plans.saveSettings(actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), false));
        plans.addPair(actor, setup.assembly(), apart(setup, 0, 1));
        plans.addPair(actor, setup.assembly(), together(setup, 2, 3));
        planAndWait(setup, Set.of(session), 5L);
        var seats = seats(setup, 0);
        int tableOfZero = seats.get(setup.member(0));

        var afterMove = plans.move(actor, setup.assembly(), session, setup.member(1), tableOfZero);

        assertThat(afterMove)
                .filteredOn(w -> w.messageKey().equals("tables.warning.apart"))
                .singleElement()
                .satisfies(
                        w -> assertThat(w.arguments()).containsExactly("Pair Person 0", "Pair Person 1", tableOfZero));
        int tableOfTwo = seats.get(setup.member(2));
        var elsewhere = seats.entrySet().stream()
                .filter(e -> e.getValue() != tableOfTwo)
                .map(Map.Entry::getKey)
                .filter(m -> !m.equals(setup.member(1)))
                .findFirst()
                .orElseThrow();
        var afterSwap = plans.swap(actor, setup.assembly(), session, setup.member(2), elsewhere);
        assertThat(afterSwap)
                .filteredOn(w -> w.messageKey().equals("tables.warning.together"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments())
                        .containsExactly("Pair Person 2", "Pair Person 3", seats.get(elsewhere), tableOfTwo));
    }

    @Test
    void aGroupTooLargeForTheTablesIsRefusedWhenPlanningWithTheNamesNotIds() {
        var setup = setup("Group");
        var actor = setup.actor();
        // no seat limit is set, so the group can be added; twelve at three tables seat four each
        plans.saveSettings(actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), false));
        for (int i = 0; i < 4; i++) {
            plans.addPair(actor, setup.assembly(), together(setup, i, i + 1));
        }

        assertThatThrownBy(() -> plans.plan(actor, setup.assembly(), Set.copyOf(setup.sessions()), 1L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tables.plan.rules-conflict");
                    assertThat((String) e.arguments()[0])
                            .contains("Pair Person 0, Pair Person 1, Pair Person 2, Pair Person 3, Pair Person 4")
                            .doesNotContain(setup.member(0).toString());
                });
        assertThat(plans.latest(actor, setup.assembly())).isNull();
    }

    @Test
    void rulesTheEngineCannotKeepFailTheRunWithTheReason() {
        var setup = setup("Clique");
        var actor = setup.actor();
        plans.saveSettings(actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), false));
        // four people who may never meet cannot sit at three tables
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                plans.addPair(actor, setup.assembly(), apart(setup, i, j));
            }
        }

        plans.plan(actor, setup.assembly(), Set.of(setup.sessions().get(0)), 1L);

        var run = await().atMost(Duration.ofSeconds(150))
                .until(() -> plans.latest(actor, setup.assembly()), r -> r != null && !r.running());
        assertThat(run.failed()).isTrue();
        assertThat(run.failure()).isEqualTo("tables.run.rules-conflict.pairs");
        assertThat(run.failureDetail()).contains("keep-apart");
    }

    @Test
    void facilitatorsNeitherSeeNorChangePairs() throws Exception {
        var setup = setup("Sight");
        var id = plans.addPair(setup.actor(), setup.assembly(), apart(setup, 0, 1));
        var facilitator = setup.facilitator().actor();

        assertThatThrownBy(() -> plans.addPair(facilitator, setup.assembly(), apart(setup, 2, 3)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> plans.removePair(facilitator, setup.assembly(), id))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> plans.settings(facilitator, setup.assembly()))
                .isInstanceOf(PermissionDeniedException.class);
        String base = "/assemblies/" + setup.assembly() + "/tables";
        var asFacilitator = user(setup.facilitator().principal());
        mvc.perform(post(base + "/pairs")
                        .with(asFacilitator)
                        .with(csrf())
                        .param("one", setup.member(2).toString())
                        .param("other", setup.member(3).toString())
                        .param("kind", "APART"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/pairs/remove")
                        .with(asFacilitator)
                        .with(csrf())
                        .param("pair", id.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(asFacilitator))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Keep apart"))));
        assertThat(plans.settings(setup.actor(), setup.assembly()).pairs()).hasSize(1);
    }

    @Test
    void theSettingsPageListsPairsAndAddsAndRemovesThemWithClearProblems() throws Exception {
        var setup = setup("Page");
        plans.addPair(
                setup.actor(),
                setup.assembly(),
                new NewPair(setup.member(0), setup.member(1), PairKind.TOGETHER, "Carer and cared for"));
        var organiser = user(setup.organiser().principal());
        String base = "/assemblies/" + setup.assembly() + "/tables";

        mvc.perform(get(base + "/settings").with(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep apart and keep together")))
                .andExpect(content().string(containsString("Carer and cared for")))
                .andExpect(content().string(containsString("Remove the pair \u2068Pair Person 0\u2069")))
                .andExpect(content().string(containsString("value=\"" + setup.member(5) + "\"")));
        mvc.perform(post(base + "/pairs").with(organiser).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a member from the list.")))
                .andExpect(content().string(containsString("Choose whether to keep them apart or together.")));
        mvc.perform(post(base + "/pairs")
                        .with(organiser)
                        .with(csrf())
                        .param("one", setup.member(2).toString())
                        .param("other", setup.member(2).toString())
                        .param("kind", "APART"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose two different members.")));
        mvc.perform(post(base + "/pairs")
                        .with(organiser)
                        .with(csrf())
                        .param("one", setup.member(1).toString())
                        .param("other", setup.member(0).toString())
                        .param("kind", "APART"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("are kept together, so they cannot also be kept apart")));
        mvc.perform(post(base + "/pairs")
                        .with(organiser)
                        .with(csrf())
                        .param("one", setup.member(2).toString())
                        .param("other", setup.member(3).toString())
                        .param("kind", "APART")
                        .param("reason", "Neighbours in a dispute"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "tables.pairs.added"));
        var added =
                plans.settings(setup.actor(), setup.assembly()).pairs().get(1).pair();
        assertThat(added.reason()).isEqualTo("Neighbours in a dispute");
        mvc.perform(post(base + "/pairs/remove")
                        .with(organiser)
                        .with(csrf())
                        .param("pair", added.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "tables.pairs.removed"));
        mvc.perform(post(base + "/pairs/remove").with(organiser).with(csrf()).param("pair", "not-an-id"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "tables.pairs.not-found"));
        assertThat(plans.settings(setup.actor(), setup.assembly()).pairs()).hasSize(1);
    }

    private static NewPair apart(Setup setup, int one, int other) {
        return new NewPair(setup.member(one), setup.member(other), PairKind.APART, "");
    }

    private static NewPair together(Setup setup, int one, int other) {
        return new NewPair(setup.member(one), setup.member(other), PairKind.TOGETHER, "");
    }

    private static void refused(Runnable action, String key, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    private void withdraw(Setup setup, int i) {
        members.withdraw(
                setup.actor(),
                setup.assembly(),
                setup.member(i),
                new Withdrawal(TablePlansIntegrationTests.DAY, "Moved away", null));
    }

    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Pairs Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " pairs"));
        var facilitator = fixtures.userWithRole(name + " Pairs Facilitator", assembly, AssemblyRole.FACILITATOR);
        List<SessionId> sessions = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            sessions.add(programme.add(
                    organiser.actor(),
                    assembly,
                    new SessionDetails(
                            TablePlansIntegrationTests.DAY,
                            LocalTime.of(10 + s, 0),
                            LocalTime.of(10 + s, 50),
                            "Pairs " + (s + 1),
                            "",
                            Stage.DELIBERATE)));
        }
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            var profile =
                    new MemberProfile("Pair", "Person " + i, "pair.person" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, new NewMember(profile, Map.of(), null)));
        }
        return new Setup(organiser, facilitator, assembly, sessions, ids);
    }

    private void planAndWait(Setup setup, Set<SessionId> sessions, Long seed) {
        var id = plans.plan(setup.actor(), setup.assembly(), sessions, seed);
        var run = await().atMost(Duration.ofSeconds(60))
                .until(() -> plans.latest(setup.actor(), setup.assembly()), r -> r != null && !r.running());
        assertThat(run.id()).isEqualTo(id);
        assertThat(run.failed()).as(run.failure() + " " + run.failureDetail()).isFalse();
    }

    private Map<MemberId, Integer> seats(Setup setup, int session) {
        Map<MemberId, Integer> seats = new HashMap<>();
        for (var table : plans.overview(setup.actor(), setup.assembly())
                .sessions()
                .get(session)
                .tables()) {
            table.members().forEach(m -> seats.put(m.id(), table.number()));
        }
        return seats;
    }
}
