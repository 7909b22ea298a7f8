package org.minipublic.app.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.tables.PlanRun;
import org.minipublic.app.tables.TablePlans;
import org.minipublic.app.tables.TableSettings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long table plans for 150 members at 15 tables over 12 sessions take from the app, end to end: from the
 * organiser's request (reading members, checking the rules, recording the run) through the grouping engine to every
 * seat stored, and how long the overview with every name then takes to read. A measurement, not a test:
 * {@code ./mvnw verify -pl app -Dit.test=TablesBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@org.minipublic.app.support.IntegrationTest
class TablesBenchmark {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    Members members;

    @Autowired
    Programme programme;

    @Autowired
    TablePlans plans;

    @Test
    void plansFor150MembersAt15TablesOver12Sessions() throws InterruptedException {
        var organiser = fixtures.user("Tables Benchmark Organiser");
        List<AssemblyDay> days = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            days.add(new AssemblyDay(
                    d / 2 + 1,
                    LocalDate.of(2027, 2, 20).plusWeeks(d / 2).plusDays(d % 2),
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0),
                    "Town Hall",
                    ""));
        }
        var base = Fixtures.details(Fixtures.unique("Tables benchmark"));
        var assembly = assemblies.create(
                Actor.system(),
                new AssemblyDetails(
                        base.title(),
                        base.question(),
                        "",
                        base.commissioners(),
                        base.deliveryPartners(),
                        base.recruitmentPartners(),
                        days));
        identity.grantRole(Actor.system(), assembly, organiser.id(), AssemblyRole.ORGANISER);
        for (int f = 0; f < 15; f++) {
            fixtures.userWithRole("Benchmark Facilitator " + f, assembly, AssemblyRole.FACILITATOR);
        }
        Set<SessionId> sessions = new HashSet<>();
        for (var day : days) {
            for (int s = 0; s < 2; s++) {
                sessions.add(programme.add(
                        organiser.actor(),
                        assembly,
                        new SessionDetails(
                                day.date(),
                                LocalTime.of(10 + 3 * s, 0),
                                LocalTime.of(12 + 3 * s, 0),
                                "Tables",
                                "",
                                Stage.DELIBERATE)));
            }
        }
        var random = new SplittableRandom(150);
        for (int i = 0; i < 150; i++) {
            var values = Map.of(
                    "Gender", pick(random, "Woman", "Man", "Woman", "Man", "Another"),
                    "Age band", pick(random, "16-29", "30-44", "45-64", "65+"),
                    "Ethnic group", pick(random, "White", "White", "Asian", "Black", "Mixed", "Other"),
                    "Area", pick(random, "North", "South", "East", "West", "Centre"));
            boolean urdu = i % 25 == 0;
            members.enrol(
                    Actor.system(),
                    assembly,
                    new NewMember(
                            new MemberProfile(
                                    "Member", "No " + i, "m" + i + "@example.org", "", urdu ? "ur" : "en", urdu, ""),
                            values,
                            null));
        }
        plans.saveSettings(
                organiser.actor(),
                assembly,
                new TableSettings(
                        15, List.of("Gender", "Age band", "Ethnic group", "Area"), 1.5, Set.of(1), Set.of(), true));

        long start = System.nanoTime();
        plans.plan(organiser.actor(), assembly, sessions, 2027L);
        PlanRun run = plans.latest(organiser.actor(), assembly);
        while (run != null && run.running()) {
            Thread.sleep(20);
            run = plans.latest(organiser.actor(), assembly);
        }
        double endToEnd = seconds(start);
        long read = System.nanoTime();
        var overview = plans.overview(organiser.actor(), assembly);
        double reading = seconds(read);
        var q = run == null ? null : run.quality();
        System.out.printf(
                "%nTables benchmark: 150 members, 15 tables, 12 sessions: %s in %.1f s end to end (engine %.1f s);"
                        + " overview with %d sessions read in %.2f s%n",
                run == null ? "no run" : run.status(),
                endToEnd,
                q == null ? 0 : q.seconds(),
                overview.sessions().size(),
                reading);
        if (q != null) {
            System.out.printf(
                    "  repeated meetings %d, bound %d, random seating %.1f: %s %% of the gap closed; worst deviation"
                            + " %.2f seats; %s%n",
                    q.repeatedPairs(),
                    q.repeatedBound(),
                    q.repeatedRandom(),
                    q.gapClosedPercent(),
                    q.worstDeviation(),
                    q.engineStatus());
        }
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}
