package org.minipublic.app.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Sets up the embedded server's two roles and the database, as the superuser, at every start. The owner role owns
 * every table and runs the migrations; the application connects as a role that may only use the tables as the
 * migrations allow (on the audit log: add and read). A database from an earlier version, owned by the superuser, is
 * handed to the owner role.
 */
final class DatabaseRoles {

    /** Everything the superuser owns in the application's schemas (not PostgreSQL's own objects) goes to the owner. */
    private static final String HAND_OVER =
            """
            do $$
            declare
                o record;
            begin
                for o in select format('alter schema %I owner to minipublic_owner', nspname) as sql
                         from pg_namespace
                         where nspowner = 'postgres'::regrole
                           and nspname not like 'pg\\_%' and nspname <> 'information_schema'
                loop execute o.sql; end loop;
                for o in select format('alter %s %s owner to minipublic_owner',
                                       case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                                      when 'S' then 'sequence' when 'f' then 'foreign table'
                                                      else 'table' end,
                                       c.oid::regclass) as sql
                         from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                           and d.objid = c.oid and d.deptype in ('a', 'i'))
                loop execute o.sql; end loop;
                for o in select format('alter routine %s owner to minipublic_owner', p.oid::regprocedure) as sql
                         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where p.proowner = 'postgres'::regrole
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                loop execute o.sql; end loop;
                for o in select format('alter type %s owner to minipublic_owner', t.oid::regtype) as sql
                         from pg_type t join pg_namespace n on n.oid = t.typnamespace
                         where t.typowner = 'postgres'::regrole and t.typtype in ('d', 'e', 'r')
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                loop execute o.sql; end loop;
            end $$""";

    private DatabaseRoles() {}

    static void prepare(EmbeddedPostgres server, DatabasePasswords passwords) {
        boolean handOver;
        try (var connection = server.getPostgresDatabase().getConnection()) {
            login(connection, EmbeddedDatabase.OWNER, passwords.of(EmbeddedDatabase.OWNER));
            login(connection, EmbeddedDatabase.APPLICATION, passwords.of(EmbeddedDatabase.APPLICATION));
            handOver = ownDatabase(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the database roles: " + e.getMessage(), e);
        }
        if (handOver) {
            handOverObjects(server);
        }
    }

    /**
     * Creates the role, or resets it: the passwords file is the reference, so a replaced file takes effect. The
     * statement is built by the server ({@code %I}, {@code %L}), so no value is pasted into SQL here.
     */
    private static void login(Connection connection, String role, String password) throws SQLException {
        boolean exists;
        try (var query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, role);
            try (var rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        String verb = exists ? "alter" : "create";
        execute(
                connection,
                "select format('" + verb + " role %I with login nosuperuser nocreatedb nocreaterole noreplication"
                        + " nobypassrls password %L', ?::text, ?::text)",
                role,
                password);
    }

    /** Creates the database for the owner, or hands an existing one over; true if objects need handing over too. */
    private static boolean ownDatabase(Connection connection) throws SQLException {
        String owner = null;
        try (var query =
                connection.prepareStatement("select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
            query.setString(1, EmbeddedDatabase.DATABASE);
            try (var rows = query.executeQuery()) {
                if (rows.next()) {
                    owner = rows.getString(1);
                }
            }
        }
        if (owner == null) {
            execute(
                    connection,
                    "select format('create database %I owner %I', ?::text, ?::text)",
                    EmbeddedDatabase.DATABASE,
                    EmbeddedDatabase.OWNER);
            return false;
        }
        if (!owner.equals(EmbeddedDatabase.OWNER)) {
            execute(
                    connection,
                    "select format('alter database %I owner to %I', ?::text, ?::text)",
                    EmbeddedDatabase.DATABASE,
                    EmbeddedDatabase.OWNER);
            return true;
        }
        return false;
    }

    private static void handOverObjects(EmbeddedPostgres server) {
        try (var connection = server.getDatabase(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.DATABASE)
                        .getConnection();
                var statement = connection.createStatement()) {
            statement.execute(HAND_OVER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database over to its owner role: " + e.getMessage(), e);
        }
    }

    /** Runs the statement that {@code builder} (a {@code select format(…)}) returns for the given values. */
    private static void execute(Connection connection, String builder, String... values) throws SQLException {
        String sql;
        try (var query = connection.prepareStatement(builder)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                sql = rows.getString(1);
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
