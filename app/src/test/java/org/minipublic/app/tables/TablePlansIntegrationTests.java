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
import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Table plans end to end on 24 members at 3 tables over 4 sessions: made by the grouping engine in the background,
 * keeping the rules, locked sessions kept when the rest is planned again, and hand moves warned about.
 */
@IntegrationTest
class TablePlansIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2027, 2, 20);
    static final int MEMBERS = 24;

    @Autowired
    TablePlans plans;

    @Autowired
    Programme programme;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RunRecords runs;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    PlanWatch watch;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    record Setup(
            TestUser organiser,
            TestUser facilitator,
            AssemblyId assembly,
            List<SessionId> sessions,
            List<MemberId> members) {}

    @Test
    void theEnginesPlanKeepsEveryRuleAndBeatsRandomSeating() {
        var setup = setup("Plan");
        var ids = setup.members();
        var settings =
                new TableSettings(3, List.of("Gender", "Area"), 1, Set.of(1), Set.of(ids.get(0), ids.get(1)), true);
        plans.saveSettings(setup.organiser().actor(), setup.assembly(), settings);

        var run = planAndWait(setup, Set.copyOf(setup.sessions().subList(0, 3)), 7L);

        var overview = plans.overview(setup.organiser().actor(), setup.assembly());
        for (var session : overview.sessions().subList(0, 3)) {
            var tables = session.tables();
            assertThat(tables).extracting(t -> t.members().size()).containsExactly(8, 8, 8);
            assertThat(tables.get(0).members()).extracting(SeatedMember::id).contains(ids.get(0), ids.get(1));
            assertThat(tables.get(0).accessible()).isTrue();
            // the three Urdu speakers with an interpreter sit at one table
            var urdu = tables.stream()
                    .filter(t -> t.members().stream().anyMatch(m -> m.interpreter()))
                    .toList();
            assertThat(urdu).hasSize(1);
            assertThat(urdu.get(0).members().stream().filter(SeatedMember::interpreter))
                    .hasSize(3);
            assertThat(tables).filteredOn(t -> !t.facilitators().isEmpty()).hasSize(1);
            // four women and four men at every table, as in the assembly
            for (var table : tables) {
                long women = table.members().stream()
                        .filter(m -> ids.indexOf(m.id()) % 2 == 0)
                        .count();
                assertThat(women).isBetween(3L, 5L);
            }
            assertThat(plans.warnings(
                            setup.organiser().actor(),
                            setup.assembly(),
                            session.session().id()))
                    .isEmpty();
        }
        assertThat(overview.sessions().get(3).planned()).isFalse();
        var quality = run.quality();
        assertThat(quality).isNotNull();
        assertThat(quality.repeatedPairs()).isGreaterThanOrEqualTo(quality.repeatedBound());
        assertThat((double) quality.repeatedPairs()).isLessThan(quality.repeatedRandom());
        // 24 people at tables of 8 over 3 sessions: a pair shares a table with chance 3·8·7/(24·23) = 7/23 each time
        double p = 7.0 / 23;
        assertThat(quality.repeatedRandom())
                .isCloseTo(276 * (3 * p - 1 + Math.pow(1 - p, 3)), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void theSameSeedAndSettingsGiveTheSamePlan() {
        var setup = setup("Seed");
        planAndWait(setup, Set.of(setup.sessions().get(0), setup.sessions().get(1)), 42L);
        var first = seats(setup, 0);
        planAndWait(setup, Set.of(setup.sessions().get(0), setup.sessions().get(1)), 42L);

        assertThat(seats(setup, 0)).isEqualTo(first);
    }

    @Test
    void aLockedSessionIsKeptWhenTheRestIsPlannedAgainAndCannotBeChangedByHand() {
        var setup = setup("Lock");
        var actor = setup.organiser().actor();
        planAndWait(setup, Set.copyOf(setup.sessions()), 1L);
        var held = seats(setup, 0);
        plans.lock(actor, setup.assembly(), setup.sessions().get(0), true);

        assertThatThrownBy(() -> plans.plan(
                        actor, setup.assembly(), Set.of(setup.sessions().get(0)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.plan.locked"));
        assertThatThrownBy(() -> plans.move(
                        actor,
                        setup.assembly(),
                        setup.sessions().get(0),
                        setup.members().get(0),
                        2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.move.locked"));

        var run = planAndWait(setup, Set.copyOf(setup.sessions().subList(1, 4)), 2L);

        assertThat(seats(setup, 0)).isEqualTo(held);
        assertThat(run.sessions()).isEqualTo(3);
        var overview = plans.overview(actor, setup.assembly());
        assertThat(overview.sessions().get(0).locked()).isTrue();
    }

    @Test
    void membersAbsentOnAHeldDayMetNobodyThereWhenTheRestIsPlanned() {
        var present = new Seating(
                Map.of(new MemberId(new java.util.UUID(0, 1)), 1, new MemberId(new java.util.UUID(0, 2)), 1), Map.of());
        var one = seatingMember(1, Set.of(DAY));
        var two = seatingMember(2, Set.of());

        assertThat(TablePlans.present(present, DAY, List.of(one, two)).members())
                .containsOnlyKeys(one.id());
        // a day with no check-ins recorded counts everyone seated as there
        assertThat(TablePlans.present(present, DAY.plusDays(1), List.of(one, two))
                        .members())
                .containsOnlyKeys(one.id(), two.id());
    }

    @Test
    void aHandMoveIsStoredAndWarnedAbout() {
        var setup = setup("Move");
        var actor = setup.organiser().actor();
        plans.saveSettings(
                actor, setup.assembly(), new TableSettings(3, List.of("Gender"), 1, Set.of(), Set.of(), true));
        planAndWait(setup, Set.of(setup.sessions().get(0)), 3L);
        var session = setup.sessions().get(0);
        var before = seats(setup, 0);
        var member = before.entrySet().stream()
                .filter(e -> e.getValue() == 1)
                .map(Map.Entry::getKey)
                .filter(m -> !interpreter(setup, m))
                .findFirst()
                .orElseThrow();

        var warnings = plans.move(actor, setup.assembly(), session, member, 2);

        assertThat(seats(setup, 0).get(member)).isEqualTo(2);
        assertThat(warnings).extracting(Warning::messageKey).contains("tables.warning.sizes");
        assertThat(warnings.get(0).arguments()).containsExactly(9, 7);
        assertThatThrownBy(() -> plans.move(actor, setup.assembly(), session, member, 4))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.move.no-such-table"));
        var atThree = seats(setup, 0).entrySet().stream()
                .filter(e -> e.getValue() == 3)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        plans.swap(actor, setup.assembly(), session, member, atThree);
        assertThat(seats(setup, 0)).containsEntry(member, 3).containsEntry(atThree, 2);
        assertThatThrownBy(() -> plans.move(setup.facilitator().actor(), setup.assembly(), session, member, 1))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void badSettingsAndImpossibleRulesAreRefusedWithTheReasonAndNothingChanges() {
        var setup = setup("Rules");
        var actor = setup.organiser().actor();
        var ids = setup.members();

        assertThatThrownBy(() -> plans.saveSettings(
                        actor, setup.assembly(), new TableSettings(25, List.of(), 1, Set.of(), Set.of(), true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tables"));
        assertThatThrownBy(() -> plans.saveSettings(
                        actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(4), Set.of(), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.settings.accessible.range"));
        assertThatThrownBy(() -> plans.saveSettings(
                        actor,
                        setup.assembly(),
                        new TableSettings(3, List.of("Shoe size"), 1, Set.of(), Set.of(), true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("diversify"));
        assertThatThrownBy(() -> plans.saveSettings(
                        actor, setup.assembly(), new TableSettings(3, List.of(), 0.5, Set.of(), Set.of(), true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("band"));
        assertThatThrownBy(() -> plans.saveSettings(
                        actor,
                        setup.assembly(),
                        new TableSettings(3, List.of(), 1, Set.of(), Set.of(ids.get(0)), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.settings.accessible.none"));
        // three tables of seven seats cannot seat 24 members
        assertThatThrownBy(() -> plans.saveSettings(
                        actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), true, 7)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tables.settings.capacity");
                    assertThat(e.arguments()).containsExactly(3, 7, 21, 24);
                });
        plans.saveSettings(actor, setup.assembly(), new TableSettings(3, List.of(), 1, Set.of(), Set.of(), true, 8));
        assertThat(plans.settings(actor, setup.assembly()).settings().seatsPerTable())
                .isEqualTo(8);
        members.enrol(
                Actor.system(),
                setup.assembly(),
                NewMember.byHand(new MemberProfile("One", "More", "one.more@example.org", "", "en", false, "")));
        assertThatThrownBy(() -> plans.plan(
                        actor, setup.assembly(), Set.of(setup.sessions().get(0)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tables.plan.capacity");
                    assertThat(e.arguments()).containsExactly(24, 25);
                });
        // ten people who need an accessible table cannot sit at the one accessible table of nine (25 at three tables)
        assertThatThrownBy(() -> plans.saveSettings(
                        actor,
                        setup.assembly(),
                        new TableSettings(3, List.of(), 1, Set.of(1), Set.copyOf(ids.subList(0, 10)), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tables.settings.accessible.too-few");
                    assertThat(e.arguments()).containsExactly(10, 9);
                });
        assertThatThrownBy(() -> plans.plan(actor, setup.assembly(), Set.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tables.plan.none-chosen"));
        assertThat(plans.latest(actor, setup.assembly())).isNull();
        assertThat(plans.overview(actor, setup.assembly()).anyPlanned()).isFalse();
    }

    @Test
    void removingASessionRemovesItsTables() {
        var setup = setup("Remove");
        var actor = setup.organiser().actor();
        planAndWait(setup, Set.of(setup.sessions().get(0)), 5L);

        programme.remove(actor, setup.assembly(), setup.sessions().get(0));

        await().atMost(Duration.ofSeconds(10)).until(() -> plans.overview(actor, setup.assembly()).sessions().stream()
                .noneMatch(SessionTables::planned));
    }

    @Test
    void facilitatorsSeeTheTablesButNeitherSettingsNorValues() {
        var setup = setup("Sight");
        planAndWait(setup, Set.of(setup.sessions().get(0)), 9L);
        var facilitator = setup.facilitator().actor();

        var overview = plans.overview(facilitator, setup.assembly());

        assertThat(overview.sessions().get(0).tables()).hasSize(3);
        assertThatThrownBy(() -> plans.settings(facilitator, setup.assembly()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> plans.warnings(
                        facilitator, setup.assembly(), setup.sessions().get(0)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void thePrintOutHasThePlanAndANameCardPerMemberInTheirLanguage() throws Exception {
        var setup = setup("Print");
        planAndWait(setup, Set.of(setup.sessions().get(0)), 11L);
        var pdf = new java.io.ByteArrayOutputStream();

        plans.print(
                setup.organiser().actor(), setup.assembly(), setup.sessions().get(0), java.util.Locale.ENGLISH, pdf);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String plan = stripper.getText(document);
            assertThat(plan).contains("Tables 1", "Table 1", "Table 3", "Person Number 0", "Facilitator");
            // the plan on one page, then a card per member, two to a page
            assertThat(document.getNumberOfPages()).isEqualTo(1 + MEMBERS / 2);
            stripper.setStartPage(2);
            stripper.setEndPage(document.getNumberOfPages());
            String cards = stripper.getText(document);
            for (int i = 0; i < MEMBERS; i++) {
                assertThat(cards).contains("Person Number " + i);
            }
            // the three Urdu speakers' cards name their table in Urdu
            assertThat(cards.split("\u0645\u06CC\u0632", -1)).hasSizeGreaterThanOrEqualTo(1 + 3 * 2);
        }
    }

    @Test
    void thePagesShowThePlanTheFormsAndTheirProblems() throws Exception {
        var setup = setup("Pages");
        planAndWait(setup, Set.of(setup.sessions().get(0)), 13L);
        var organiser = user(setup.organiser().principal());
        String base = "/assemblies/" + setup.assembly() + "/tables";

        mvc.perform(get(base).with(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Person Number 7")))
                .andExpect(content().string(containsString("Best possible")));
        mvc.perform(get(base + "/" + setup.sessions().get(0)).with(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Swap their seats")))
                .andExpect(content().string(containsString("Move Person Number 0 to")));
        mvc.perform(get(base + "/settings").with(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wheelchair user")));
        mvc.perform(post(base + "/settings")
                        .with(organiser)
                        .with(csrf())
                        .param("tables", "three")
                        .param("band", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a whole number.")));
        mvc.perform(post(base + "/plan").with(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("planProblem", "tables.plan.none-chosen"));
        mvc.perform(get(base + "/" + setup.sessions().get(0))
                        .with(user(setup.facilitator().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Person Number 0")))
                .andExpect(content().string(not(containsString("Swap their seats"))));

        // showing the plan to members and locking it, from the session's page
        String session = base + "/" + setup.sessions().get(0);
        mvc.perform(get(session).with(organiser))
                .andExpect(content().string(containsString("Members do not see this plan on the portal yet.")));
        mvc.perform(post(session + "/show").with(organiser).with(csrf()).param("shown", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "tables.show.done"));
        mvc.perform(get(session).with(organiser))
                .andExpect(content().string(containsString("Members see it")))
                .andExpect(content().string(containsString("Hide it from members")));
        mvc.perform(post(session + "/lock").with(organiser).with(csrf()).param("locked", "true"))
                .andExpect(flash().attribute("notice", "tables.lock.done"));
        mvc.perform(post(base + "/" + setup.sessions().get(1) + "/show")
                        .with(organiser)
                        .with(csrf())
                        .param("shown", "true"))
                .andExpect(flash().attribute("problem", "tables.show.not-planned"));
    }

    @Test
    void aRunWhoseHeartbeatStoppedIsMarkedFailedButOneAnotherNodeKeepsBeatingIsNot() {
        var stoppedAssembly = AssemblyId.random();
        var liveAssembly = AssemblyId.random();
        var stopped = RunId.random();
        var live = RunId.random();
        runs.start(stopped, stoppedAssembly, 1, 1, null, java.time.Instant.now());
        // started long ago: the engine has no time limit, so an old run still beating is still running
        runs.start(live, liveAssembly, 1, 1, null, java.time.Instant.parse("2020-01-01T00:00:00Z"));
        lastBeat(stopped, "2 minutes");
        lastBeat(live, "50 seconds");
        watch.running(live);
        try {
            watch.beat();
            var abandoned = watch.sweep();

            assertThat(abandoned)
                    .extracting(RunRecords.Abandoned::run)
                    .contains(stopped)
                    .doesNotContain(live);
            assertThat(runs.latest(stoppedAssembly).orElseThrow().failure()).isEqualTo("tables.run.abandoned");
            assertThat(runs.latest(liveAssembly).orElseThrow().running()).isTrue();
            assertThat(jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = :action")
                            .param("a", stoppedAssembly.value())
                            .param("action", "tables.plan-failed")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            // the engine finishing after all stores nothing over the failure
            assertThat(runs.finish(
                            stopped, new PlanQuality(0, 0, 0, 0, 0, 0, 0, 0, "OPTIMAL", 0, 0), java.time.Instant.now()))
                    .isFalse();
            assertThat(runs.latest(stoppedAssembly).orElseThrow().failed()).isTrue();
        } finally {
            watch.ended(live);
            runs.fail(live, "tables.run.failed", "", java.time.Instant.now());
        }
    }

    private void lastBeat(RunId run, String ago) {
        jdbc.sql("update tables.runs set heartbeat_at = now() - cast(:ago as interval) where id = :id")
                .param("ago", ago)
                .param("id", run.value())
                .update();
    }

    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Tables Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " tables"));
        var facilitator = fixtures.userWithRole(name + " Tables Facilitator", assembly, AssemblyRole.FACILITATOR);
        List<SessionId> sessions = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            sessions.add(programme.add(
                    organiser.actor(),
                    assembly,
                    new SessionDetails(
                            DAY,
                            LocalTime.of(10 + s, 0),
                            LocalTime.of(10 + s, 50),
                            "Tables " + (s + 1),
                            "",
                            Stage.DELIBERATE)));
        }
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            boolean urdu = i >= 20 && i < 23;
            var profile = new MemberProfile(
                    "Person",
                    "Number " + i,
                    "person" + i + "@example.org",
                    "",
                    urdu ? "ur" : "en",
                    urdu,
                    i < 2 ? "Wheelchair user" : "");
            var values = Map.of("Gender", i % 2 == 0 ? "Woman" : "Man", "Area", "Area " + (char) ('A' + i % 3));
            ids.add(members.enrol(Actor.system(), assembly, new NewMember(profile, values, null)));
        }
        return new Setup(organiser, facilitator, assembly, sessions, ids);
    }

    private PlanRun planAndWait(Setup setup, Set<SessionId> sessions, Long seed) {
        var actor = setup.organiser().actor();
        var id = plans.plan(actor, setup.assembly(), sessions, seed);
        var run = await().atMost(Duration.ofSeconds(60))
                .until(() -> plans.latest(actor, setup.assembly()), r -> r != null && !r.running());
        assertThat(run.id()).isEqualTo(id);
        assertThat(run.failed()).as(run.failure() + " " + run.failureDetail()).isFalse();
        return run;
    }

    private Map<MemberId, Integer> seats(Setup setup, int session) {
        Map<MemberId, Integer> seats = new HashMap<>();
        var tables = plans.overview(setup.organiser().actor(), setup.assembly())
                .sessions()
                .get(session)
                .tables();
        for (var table : tables) {
            table.members().forEach(m -> seats.put(m.id(), table.number()));
        }
        return seats;
    }

    private boolean interpreter(Setup setup, MemberId member) {
        int i = setup.members().indexOf(member);
        return i >= 20 && i < 23;
    }

    private static org.minipublic.app.members.SeatingMember seatingMember(int n, Set<LocalDate> attended) {
        return new org.minipublic.app.members.SeatingMember(
                new org.minipublic.app.members.MemberSummary(
                        new MemberId(new java.util.UUID(0, n)),
                        "Person",
                        "No " + n,
                        "en",
                        false,
                        "",
                        org.minipublic.app.members.MemberStatus.ACTIVE,
                        null,
                        attended),
                Map.of());
    }
}
