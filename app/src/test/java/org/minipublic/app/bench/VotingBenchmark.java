package org.minipublic.app.bench;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.VotingRoom;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Prints how vote submission holds up when members cast their votes on 30 recommendations at the same moment, over
 * real HTTP: throughput, p50/p95/max of the cast request, errors, and the processor time per cast of the server, the
 * rest of the JVM (the clients, garbage collection, the JIT) and PostgreSQL, and how long the JIT and the garbage
 * collector worked during the casts, for three warm-up ballots, eight more with all 150 members, three with a room of
 * 45 (the size of a typical assembly) and two with the 150 casts spread over 10 and 30 seconds. A measurement, not a
 * test: run it with the JIT setting the application is started with on a small server (README, "Running for real"),
 * {@code ./mvnw verify -pl table-io,cli-support,sortition-engine,grouping-engine,app -am -Dit.test=VotingBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-XX:TieredStopAtLevel=1}
 * (without the last option for the JVM's default, both tiers), and copy the figures into docs/benchmarks.md.
 */
// Ten database connections, as the application has in production (infrastructure.EmbeddedDatabaseConfiguration),
// not the five other tests use.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=10")
@Import(Fixtures.class)
class VotingBenchmark {

    private static final int MEMBERS = 150;
    private static final int ITEMS = 30;

    /** One ballot: how many members vote, and over how long they cast (0: all at the same instant). */
    private record Round(String name, int voters, long spreadMillis) {}

    /**
     * Three warm-up bursts first: the first ballot after a start is still being compiled by the JIT, whose threads
     * take the same two cores from the requests (the figures printed show how much), so it is reported apart from a
     * server that has taken votes before.
     */
    private static final List<Round> ROUNDS = List.of(
            new Round("warm-up 1, 150 at once (the first ballot after a start)", MEMBERS, 0),
            new Round("warm-up 2, 150 at once", MEMBERS, 0),
            new Round("warm-up 3, 150 at once", MEMBERS, 0),
            new Round("150 at once (1)", MEMBERS, 0),
            new Round("150 at once (2)", MEMBERS, 0),
            new Round("150 at once (3)", MEMBERS, 0),
            new Round("150 at once (4)", MEMBERS, 0),
            new Round("150 at once (5)", MEMBERS, 0),
            new Round("150 at once (6)", MEMBERS, 0),
            new Round("150 at once (7)", MEMBERS, 0),
            new Round("150 at once (8)", MEMBERS, 0),
            new Round("45 at once (1)", 45, 0),
            new Round("45 at once (2)", 45, 0),
            new Round("45 at once (3)", 45, 0),
            new Round("150 over 10 s", MEMBERS, 10_000),
            new Round("150 over 30 s", MEMBERS, 30_000));

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

    @Test
    void aHundredAndFiftyMembersCastTheirVotesAtOnce() throws Exception {
        var organiser = fixtures.user("Benchmark Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Voting benchmark"));
        var actor = organiser.actor();
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < MEMBERS; i++) {
            var profile = new MemberProfile("Bench", "Member " + i, "bench" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, org.minipublic.app.members.NewMember.byHand(profile)));
        }
        System.out.printf(
                "%nVoting benchmark: %d members, %d items, %d cores, heap %d MB, JIT %s%n",
                MEMBERS,
                ITEMS,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                firstTierOnly() ? "first tier only (-XX:TieredStopAtLevel=1)" : "both tiers (the JVM's default)");
        int seed = 0;
        for (var round : ROUNDS) {
            measure(actor, assembly, ids.subList(0, round.voters()), round, seed++);
        }
    }

    private void measure(Actor actor, AssemblyId assembly, List<MemberId> voters, Round round, int seed)
            throws Exception {
        var labels = List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");
        var id = ballots.create(
                actor, assembly, new BallotDetails(round.name(), new BallotMethod.SupportLevel(labels, 4, 80), null));
        for (int item = 0; item < ITEMS; item++) {
            ballots.addItem(actor, assembly, id, new ItemText("Recommendation " + (item + 1), ""));
        }
        ballots.open(actor, assembly, id);
        var issued = codes.issue(actor, assembly, id, voters).codes().stream()
                .map(BallotCode::value)
                .toList();
        var before = new ProcessorTime[1];
        var casts = VotingRoom.vote(
                port,
                issued,
                member -> answers(member, seed),
                round.spreadMillis(),
                () -> before[0] = ProcessorTime.now());
        var used = ProcessorTime.now().since(before[0]);
        long counted = casts.stream().filter(VotingRoom.Cast::counted).count();
        long errors =
                casts.stream().filter(c -> c.status() != 200 || !c.counted()).count();
        var millis = casts.stream().mapToDouble(c -> c.nanos() / 1e6).sorted().toArray();
        double perCast = 1e6 * voters.size();
        System.out.printf(
                "  %s: %d of %d counted, %d errors, %.0f casts/s, cast p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " processor time per cast: server %.2f ms, rest of the JVM %.2f ms, PostgreSQL %.2f ms;"
                        + " during the casts the JIT compiled for %d ms and garbage collection took %d ms%n",
                round.name(),
                counted,
                voters.size(),
                errors,
                VotingRoom.throughput(casts),
                millis[millis.length / 2],
                VotingRoom.p95Millis(casts),
                millis[millis.length - 1],
                used.serverNanos() / perCast,
                (used.jvmNanos() - used.serverNanos()) / perCast,
                used.databaseNanos() / perCast,
                used.jitMillis(),
                used.gcMillis());
        ballots.close(actor, assembly, id);
    }

    /** Whether this JVM runs with the setting README's production start uses, so the figures say which they are. */
    private static boolean firstTierOnly() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch("-XX:TieredStopAtLevel=1"::equals);
    }

    private static List<Integer> answers(int member, int seed) {
        var answers = new ArrayList<Integer>(ITEMS);
        for (int item = 0; item < ITEMS; item++) {
            answers.add((member * 7 + item * 3 + seed) % 6);
        }
        return answers;
    }
}
