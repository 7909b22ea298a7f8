package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application connects as a role that cannot switch off the audit log's protection: it does not own the table
 * (only the owner may disable its triggers), and may only add and read entries. Every other table it may use as
 * usual.
 */
@IntegrationTest
class ApplicationDatabaseRoleIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationIsNotTheOwnerOfItsTables() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(TestDatabase.APPLICATION);
        assertThat(jdbc.sql("select distinct tableowner from pg_tables"
                                + " where schemaname not in ('pg_catalog', 'information_schema')")
                        .query(String.class)
                        .list())
                .containsExactly(TestDatabase.OWNER);
    }

    @Test
    void cannotAlterOrDisableTheAuditLog() {
        for (String sql : List.of(
                "alter table audit.entries disable trigger all",
                "alter table audit.entries disable trigger entries_append_only",
                "alter table audit.entries add column note text",
                "drop trigger entries_append_only on audit.entries",
                "create or replace function audit.refuse_change() returns trigger language plpgsql"
                        + " as $$ begin return new; end; $$")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageMatching("(?s).*(must be owner|permission denied for schema audit).*");
        }
    }

    @Test
    void cannotChangeOrRemoveAuditEntriesButCanAddAndReadThem() {
        jdbc.sql("insert into audit.entries (occurred_at, actor_label, action, subject)"
                        + " values (now(), 'Role Tester', 'test.recorded', 'role test')")
                .update();
        assertThat(jdbc.sql("select count(*) from audit.entries where subject = 'role test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        for (String sql : List.of(
                "update audit.entries set subject = 'changed'",
                "delete from audit.entries",
                "truncate audit.entries")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied for table entries");
        }
    }

    @Test
    void mayReadAddChangeAndRemoveRowsOfEveryOtherTable() {
        var tables = jdbc.sql("select schemaname || '.' || tablename from pg_tables"
                        + " where schemaname not in ('pg_catalog', 'information_schema', 'audit')"
                        + " and tablename not like 'flyway_schema_history%'")
                .query(String.class)
                .list();
        assertThat(tables).contains("identity.users", "public.spring_session", "public.event_publication");
        for (String table : tables) {
            // one privilege per call: with several, has_table_privilege is true if any one is held
            assertThat(jdbc.sql("select has_table_privilege(:t, 'select') and has_table_privilege(:t, 'insert')"
                                    + " and has_table_privilege(:t, 'update') and has_table_privilege(:t, 'delete')")
                            .param("t", table)
                            .query(Boolean.class)
                            .single())
                    .as(table)
                    .isTrue();
        }
    }

    @Test
    void cannotTouchTheMigrationHistory() {
        assertThatThrownBy(() ->
                        jdbc.sql("delete from flyway_schema_history_audit").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }
}
