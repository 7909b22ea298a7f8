package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps its data across restarts, refuses a second server on the same directory, and gives the
 * migrations connections as the owner only while they run.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @TempDir
    static Path binaries; // unpacked once for the class

    @Test
    void keepsDataAcrossARestartAndStopsCleanly() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir, binaries)) {
            execute(database, "create table kept (value text)");
            execute(database, "insert into kept values ('survives')");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

        try (var database = EmbeddedDatabase.start(dataDir, binaries);
                var connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.OWNER, database.password(EmbeddedDatabase.OWNER));
                var rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives");
        }
    }

    /**
     * Every new connection costs a password exchange, so the migrations' connections as the owner are reused; once the
     * migrations are done none stays available.
     */
    @Test
    void theMigrationsReuseTheOwnersConnectionAndCloseItWhenDone() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir, binaries)) {
            var owner = database.ownerDataSource();
            int first = backend(owner);
            assertThat(backend(owner)).isEqualTo(first);

            database.closeOwnerConnections();
            assertThatThrownBy(owner::getConnection).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void refusesADataDirectoryHeldByThisProcess() {
        try (var lock = DataDirectoryLock.acquire(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, binaries))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString())
                    .hasMessageContaining("in use by another running Minipublic");
        }
    }

    @Test
    void refusesADataDirectoryHeldByAnotherProcess() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOf(DataDirectoryInUseException.class);
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        DataDirectoryLock.acquire(dataDir).close(); // free again once the other process has gone
        assertThat(Files.exists(dataDir.resolve(DataDirectoryLock.FILE_NAME))).isTrue();
    }

    /** The server process that serves the connection: the same one means the same connection. */
    private static int backend(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.OWNER, database.password(EmbeddedDatabase.OWNER));
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Run in a child JVM: holds the lock until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (var lock = DataDirectoryLock.acquire(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
