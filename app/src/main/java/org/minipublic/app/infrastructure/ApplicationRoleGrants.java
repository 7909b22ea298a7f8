package org.minipublic.app.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each module's migrations, run as the owner role: gives the application's role the usual rights (read, add,
 * change, delete rows) on every table that has no grant for it yet. A module that wants fewer rights on a table
 * grants them to {@code ${app_role}} in its own migration, and is then left alone: the audit log grants only add and
 * read. The migration history tables are the owner's alone.
 */
final class ApplicationRoleGrants implements Callback {

    static final String PLACEHOLDER = "app_role";

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    private static final String GRANT =
            """
            do $$
            declare
                app name := current_setting('minipublic.app_role');
                t record;
                s record;
            begin
                if app = current_user then
                    return;
                end if;
                for t in select c.oid::regclass as name, n.nspname as schema
                         from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relkind in ('r', 'p') and c.relowner = current_user::regrole
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                           and c.relname not like 'flyway\\_schema\\_history%'
                           and not exists (select 1 from aclexplode(c.relacl) a where a.grantee = app::regrole)
                loop
                    execute format('grant usage on schema %I to %I', t.schema, app);
                    execute format('grant select, insert, update, delete on %s to %I', t.name, app);
                    for s in select q.oid::regclass as name
                             from pg_depend d join pg_class q on q.oid = d.objid and q.relkind = 'S'
                             where d.refobjid = t.name::oid and d.classid = 'pg_class'::regclass
                               and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                    loop
                        execute format('grant usage, select on sequence %s to %I', s.name, app);
                    end loop;
                end loop;
            end $$""";

    private final AtomicBoolean checked = new AtomicBoolean();

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String role = java.util.Objects.requireNonNull(
                context.getConfiguration().getPlaceholders().get(PLACEHOLDER), "Flyway placeholder " + PLACEHOLDER);
        var connection = context.getConnection();
        try {
            if (checked.compareAndSet(false, true)) {
                warnIfUnprotected(connection, role);
            }
            try (var setting = connection.prepareStatement("select set_config('minipublic.app_role', ?, false)")) {
                setting.setString(1, role);
                setting.execute();
            }
            try (var statement = connection.createStatement()) {
                statement.execute(GRANT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not give the database role \"" + role + "\" its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "minipublic-application-role-grants";
    }

    /**
     * Everything still works when the application connects as the owner or a superuser, but then it could switch off
     * the audit log's protection; say so once, at start.
     */
    private static void warnIfUnprotected(Connection connection, String role) throws SQLException {
        try (var query = connection.prepareStatement(
                "select ? = current_user or coalesce(" + "(select rolsuper from pg_roles where rolname = ?), false)")) {
            query.setString(1, role);
            query.setString(2, role);
            try (var rows = query.executeQuery()) {
                if (rows.next() && rows.getBoolean(1)) {
                    log.warn(
                            "The application connects to the database as \"{}\", which owns the tables or is a"
                                    + " superuser, so it could alter the audit log. Run the migrations as the owner"
                                    + " (spring.flyway.user) and the application as a role of its own"
                                    + " (spring.datasource.username): see README, Running for real.",
                            role);
                }
            }
        }
    }
}
