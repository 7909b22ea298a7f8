package org.minipublic.app.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** What the backup and restore commands check in a database before they touch it. */
record DatabaseFacts(int serverVersion, boolean holdsMinipublic, int otherSessions, Set<String> tables) {

    /** Tables of the application's schemas, as {@code "schema table"} like {@code pg_restore --list} names them. */
    static final String TABLES =
            """
            select n.nspname || ' ' || c.relname
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
            """;

    /**
     * Sessions of anyone else on this database: a running Minipublic, a report tool, a second restore. The owner
     * running a restore has no rights over the application's role, so for those sessions PostgreSQL hides the
     * backend type (null); a session with a user is a client's, as background processes such as autovacuum have none.
     */
    private static final String OTHER_SESSIONS =
            """
            select count(*) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and usesysid is not null
              and coalesce(backend_type, 'client backend') = 'client backend'
            """;

    static DatabaseFacts of(TargetDatabase database) {
        try (var connection = database.access().connect()) {
            return new DatabaseFacts(
                    connection.getMetaData().getDatabaseMajorVersion(),
                    number(connection, "select count(*) from pg_class where oid = to_regclass('audit.entries')") > 0,
                    number(connection, OTHER_SESSIONS),
                    tables(connection));
        } catch (SQLException e) {
            throw new CommandRefusal("Cannot connect to the " + database + ": " + e.getMessage(), e);
        }
    }

    private static int number(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        var tables = new TreeSet<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
