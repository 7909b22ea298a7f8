package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.app.MinipublicApplication;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.TestDatabase;
import org.minipublic.app.support.WebClient;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.minipublic.app.voting.Results;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged application, run as its own process against a PostgreSQL server it does not own, is killed with
 * SIGKILL while an address list is being imported, a draw runs and members vote. After a restart: no address of the
 * import is there and the file imports again, the draw is marked failed as interrupted and runs again, and every vote
 * whose receipt was shown is counted, none twice.
 *
 * <p>The data is made through the application's facades by an application started in this JVM on the same database,
 * which stays up as a second node that does not sweep for abandoned draws (so the restarted process is what marks
 * the draw).
 */
class ProcessKillIntegrationTests {

    private static final Path JAR = Path.of(System.getProperty("minipublic.test.jar", "target/minipublic.jar"));
    private static final Pattern RECEIPT = Pattern.compile("class=\"digest receipt\">([0-9a-f]{16})<");
    private static final int ADDRESSES = 40_000;
    private static final int VOTERS = 40;

    @TempDir
    Path work;

    @Test
    void afterSigkillNoImportIsHalfDoneTheDrawIsMarkedInterruptedAndEveryAcknowledgedVoteCounts() throws Exception {
        Assumptions.assumeTrue(
                Files.isRegularFile(JAR),
                "the packaged application is needed at " + JAR.toAbsolutePath() + " (made by mvn package)");
        String database = TestDatabase.newDatabase();
        try (var helper = helper(database)) {
            var data = prepare(helper);
            var acknowledged = new ConcurrentHashMap<String, String>();
            // a time limit the draw cannot reach before the kill
            var first = ChildApplication.start(JAR, database, work, "first", "PT60S");
            long killedAfter;
            try {
                killedAfter = killWhileWorking(first, data, acknowledged);
            } finally {
                first.kill(); // already dead unless something failed first: never leave the process behind
            }

            assertThat(first.sql("select count(*) from selection.draws where status = 'RUNNING'"))
                    .as(
                            "the draw was running at the kill, %d ms after the import was sent (draws: %s)",
                            killedAfter,
                            first.text("select string_agg(status || ' ' || coalesce(failure, ''), ', ')"
                                    + " from selection.draws"))
                    .isEqualTo(1);
            assertThat(acknowledged)
                    .as("some votes were acknowledged before the kill")
                    .isNotEmpty();
            assertThat(addresses(first, data))
                    .as("no address of the import killed mid-way")
                    .isZero();

            // a short time limit, for the draw run again to end soon with the best lottery found
            var second = ChildApplication.start(JAR, database, work, "second", "PT15S");
            try {
                afterTheRestart(second, data, acknowledged);
            } finally {
                second.kill();
            }
            assertVotesCounted(helper, data, acknowledged);
        }
    }

    /**
     * Members vote, an address list is imported and a draw runs; the process is killed while the import's COPY holds
     * its lock on the address list (until its transaction ends).
     *
     * @return how long after the import was sent the kill came, in milliseconds
     */
    private static long killWhileWorking(ChildApplication first, Data data, Map<String, String> acknowledged)
            throws Exception {
        var importer = first.client();
        var drawer = first.client();
        assertThat(importer.logIn(data.organiser(), Fixtures.PASSWORD))
                .as("organiser login")
                .isTrue();
        assertThat(drawer.logIn(data.organiser(), Fixtures.PASSWORD)).isTrue();
        ExecutorService voting = Executors.newFixedThreadPool(8);
        CompletableFuture<?> importing = CompletableFuture.completedFuture(null);
        try {
            for (var code : data.codes()) {
                voting.submit(() -> vote(first.port(), code, acknowledged));
            }
            importer.get(data.uploadPage());
            long started = System.nanoTime();
            importing = CompletableFuture.runAsync(() -> importer.post(data.uploadPage() + "/import", Map.of()));
            drawer.get("/assemblies/" + data.drawn() + "/draws");
            drawer.post("/assemblies/" + data.drawn() + "/draws", Map.of("algorithm", "leximin", "seed", "11"));
            first.awaitSql("select count(*) from selection.draws where status = 'RUNNING'", "the draw to be running");
            first.awaitSql(
                    """
                    select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                        join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'recruitment' and c.relname = 'households'
                        and l.mode = 'RowExclusiveLock' and l.granted
                    """,
                    "the import to be writing addresses");
            first.kill();
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            importing.handle((done, failure) -> null).join();
            voting.shutdownNow();
        }
    }

    /** The draw is marked interrupted and runs again; the file imports whole; a code used before stays used. */
    private static void afterTheRestart(ChildApplication second, Data data, Map<String, String> acknowledged)
            throws Exception {
        second.awaitSql(
                "select count(*) from selection.draws where status = 'FAILED' and failure = 'selection.draw.abandoned'",
                "the interrupted draw to be marked failed");
        var organiser = second.client();
        assertThat(organiser.logIn(data.organiser(), Fixtures.PASSWORD)).isTrue();
        var drawPage = organiser.get("/assemblies/" + data.drawn() + "/draws/"
                + second.text("select id from selection.draws where number = 1"));
        assertThat(drawPage.body()).contains("The draw stopped because Minipublic was stopped while it ran");
        organiser.post("/assemblies/" + data.drawn() + "/draws", Map.of("algorithm", "leximin", "seed", "11"));
        second.awaitSql(
                "select count(*) from selection.draws where number = 2 and status = 'DONE'",
                "the draw run again to be done");

        organiser.get(data.uploadPage());
        organiser.post(data.uploadPage() + "/import", Map.of());
        assertThat(addresses(second, data)).isEqualTo(ADDRESSES);

        var again = new WebClient(second.port());
        again.get("/vote");
        var usedCode = acknowledged.keySet().iterator().next();
        assertThat(again.post("/vote", Map.of("code", usedCode)).body())
                .as("a code used before the kill cannot be used again")
                .contains("already been used")
                .doesNotContain("name=\"a0\"");
    }

    private static long addresses(ChildApplication node, Data data) throws SQLException {
        return node.sql("select count(*) from recruitment.households where assembly_id = '" + data.imported() + "'");
    }

    private static void assertVotesCounted(
            ConfigurableApplicationContext helper, Data data, Map<String, String> acknowledged) throws SQLException {
        var ballots = helper.getBean(Ballots.class);
        var actor = data.organiserActor();
        ballots.close(actor, data.ballotAssembly(), data.ballot());
        var count = helper.getBean(Results.class).count(actor, data.ballotAssembly(), data.ballot());
        assertThat(count.intact()).isTrue();
        List<String> stored = new ArrayList<>();
        try (var connection = DriverManager.getConnection(data.database(), TestDatabase.OWNER, "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select receipt from voting.votes where ballot_id = '"
                        + data.ballot().value() + "'")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(stored).as("every acknowledged vote is kept").containsAll(acknowledged.values());
        assertThat(stored).doesNotHaveDuplicates();
        int counted = count.items().get(0).counts().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(counted).as("each stored vote counted once").isEqualTo(stored.size());
    }

    /** Records the receipt of a vote the application acknowledged, by its code. */
    private static void vote(int port, String code, Map<String, String> acknowledged) {
        try {
            var client = new WebClient(port);
            client.get("/vote");
            client.post("/vote", Map.of("code", code));
            client.post("/vote/review", Map.of("code", code, "a0", "2"));
            var matcher = RECEIPT.matcher(client.post("/vote/cast", Map.of("code", code, "answers", "2"))
                    .body());
            if (matcher.find()) {
                acknowledged.put(code, matcher.group(1));
            }
        } catch (RuntimeException e) {
            // the process was killed under this vote: it was never acknowledged
        }
    }

    record Data(
            String database,
            String organiser,
            Actor organiserActor,
            AssemblyId drawn,
            AssemblyId imported,
            UUID upload,
            AssemblyId ballotAssembly,
            BallotId ballot,
            List<String> codes) {

        String uploadPage() {
            return "/assemblies/" + imported + "/addresses/uploads/" + upload;
        }
    }

    /** A hard pool to draw from, an address file waiting to be imported and an open ballot with its codes. */
    private static Data prepare(ConfigurableApplicationContext helper) {
        var fixture = helper.getBean(SelectionFixture.class);
        var open = fixture.assemblyWithVariedPool(500, 5, new Random(17));
        var composition =
                helper.getBean(org.minipublic.app.recruitment.Pool.class).composition(open.assembly());
        var tight = new ArrayList<Target>();
        composition.forEach((category, values) -> values.forEach((value, registered) -> {
            int seats = (int) Math.round(50.0 * registered / 500);
            tight.add(new Target(category.name(), value, Math.max(0, seats - 1), seats + 1, null));
        }));
        var organiser = open.organiser();
        helper.getBean(Targets.class).save(organiser.actor(), open.assembly(), 50, tight);

        var fixtures = helper.getBean(Fixtures.class);
        var imported = fixtures.assembly(organiser, Fixtures.unique("Killed import"));
        var upload = helper.getBean(AddressList.class)
                .upload(organiser.actor(), imported, "big.csv", addresses())
                .uploadId();

        var voters = new ArrayList<MemberId>();
        var members = helper.getBean(Members.class);
        for (int i = 0; i < VOTERS; i++) {
            var profile =
                    new MemberProfile("Kill", "Voter " + i, "kill.voter" + i + "@example.org", "", "en", false, "");
            voters.add(members.enrol(Actor.system(), open.assembly(), NewMember.byHand(profile)));
        }
        var ballots = helper.getBean(Ballots.class);
        var ballot = ballots.create(
                organiser.actor(),
                open.assembly(),
                new BallotDetails(
                        "Killed vote",
                        new BallotMethod.SupportLevel(List.of("Oppose", "Neutral", "Support"), 2, 50),
                        null));
        ballots.addItem(organiser.actor(), open.assembly(), ballot, new ItemText("Recommendation 1", ""));
        ballots.open(organiser.actor(), open.assembly(), ballot);
        var codes =
                helper
                        .getBean(BallotCodes.class)
                        .issue(organiser.actor(), open.assembly(), ballot, voters)
                        .codes()
                        .stream()
                        .map(BallotCode::display)
                        .toList();
        return new Data(
                helper.getEnvironment().getRequiredProperty("spring.datasource.url"),
                organiser.email(),
                organiser.actor(),
                open.assembly(),
                imported,
                upload,
                open.assembly(),
                ballot,
                codes);
    }

    private static byte[] addresses() {
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        for (int i = 0; i < ADDRESSES; i++) {
            csv.append(i + 1)
                    .append(" Kill Road,Flat ")
                    .append(i % 7)
                    .append(",Testford,TE")
                    .append(i % 90 + 1)
                    .append(' ')
                    .append(i % 9)
                    .append("AA,Area ")
                    .append((char) ('A' + i % 3))
                    .append(',')
                    .append(500_000 + i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An application in this JVM that makes the data; it never sweeps, so that the restarted process does. */
    private ConfigurableApplicationContext helper(String database) {
        var arguments = new ArrayList<String>(List.of(
                "--server.port=0",
                "--minipublic.privacy.purge-first=PT10H",
                "--minipublic.selection.sweep-every=PT10H",
                "--minipublic.data-dir=" + work.resolve("helper")));
        TestDatabase.connectionProperties(database).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(MinipublicApplication.class, Fixtures.class, SelectionFixture.class)
                .run(arguments.toArray(String[]::new));
    }
}
