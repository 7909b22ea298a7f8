package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only Minipublic can use its embedded database: every connection needs the password from the data directory, the
 * server is reachable from this machine only and opens no Unix socket, and a server from an earlier version, which
 * trusted every local connection, is brought up to the same standard.
 */
class EmbeddedDatabaseAccessTests {

    @TempDir
    Path dataDir;

    @TempDir
    static Path binaries; // unpacked once for the class

    @Test
    void refusesConnectionsWithoutTheRightPassword() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir, binaries)) {
            for (String role : EmbeddedDatabase.ROLES) {
                assertRefused(database, role, "");
                assertRefused(database, role, "a-wrong-password-of-the-right-length");
                assertRefused(database, role, database.password(EmbeddedDatabase.SUPERUSER) + "x");
                try (var connection = connect(database, role, database.password(role))) {
                    assertThat(single(connection, "select current_user")).isEqualTo(role);
                }
            }
        }
    }

    @Test
    void listensOnThisMachineOnlyWithPasswordsAndNoUnixSocket() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir, binaries);
                var connection = superuser(database)) {
            assertThat(single(connection, "show listen_addresses")).isEqualTo("localhost");
            assertThat(single(connection, "show unix_socket_directories")).isEmpty();
            assertThat(Path.of("/tmp/.s.PGSQL." + database.port())).doesNotExist();
            assertThat(rows(connection, "select type || ' ' || auth_method from pg_hba_file_rules"))
                    .isNotEmpty()
                    .allMatch(rule -> rule.equals("host scram-sha-256"));
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .doesNotContain("trust");
        }
    }

    @Test
    void upgradesAServerFromAnEarlierVersionThatTrustedEveryone() throws Exception {
        try (var old = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                var connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database minipublic");
            try (var minipublic = old.getDatabase("postgres", "minipublic").getConnection()) {
                minipublic.createStatement().execute("create schema kept");
                minipublic.createStatement().execute("create table kept.rows (value text)");
                minipublic.createStatement().execute("insert into kept.rows values ('survives')");
            }
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (var database = EmbeddedDatabase.start(dataDir, binaries)) {
            assertRefused(database, EmbeddedDatabase.SUPERUSER, "");
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .doesNotContain("trust");
            try (var owner = connect(database, EmbeddedDatabase.OWNER, database.password(EmbeddedDatabase.OWNER))) {
                assertThat(single(owner, "select value from kept.rows")).isEqualTo("survives");
                assertThat(single(owner, "select tableowner from pg_tables where tablename = 'rows'"))
                        .isEqualTo(EmbeddedDatabase.OWNER);
                assertThat(single(
                                owner,
                                "select pg_get_userbyid(datdba) from pg_database"
                                        + " where datname = current_database()"))
                        .isEqualTo(EmbeddedDatabase.OWNER);
            }
        }
    }

    @Test
    void theApplicationRoleCanNeitherCreateNorAlterTables() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir, binaries);
                var owner = connect(database, EmbeddedDatabase.OWNER, database.password(EmbeddedDatabase.OWNER));
                var application = connect(
                        database, EmbeddedDatabase.APPLICATION, database.password(EmbeddedDatabase.APPLICATION))) {
            owner.createStatement().execute("create table owned (value text)");
            assertThatThrownBy(() -> application.createStatement().execute("create table mine (value text)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> application.createStatement().execute("alter table owned add column x int"))
                    .hasMessageContaining("must be owner");
            assertThat(single(application, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
        }
    }

    private static void assertRefused(EmbeddedDatabase database, String role, String password) {
        assertThatThrownBy(() -> connect(database, role, password).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
    }

    private static Connection superuser(EmbeddedDatabase database) throws SQLException {
        return connect(database, EmbeddedDatabase.SUPERUSER, database.password(EmbeddedDatabase.SUPERUSER));
    }

    private static Connection connect(EmbeddedDatabase database, String role, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), role, password);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        return rows(connection, sql).get(0);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
