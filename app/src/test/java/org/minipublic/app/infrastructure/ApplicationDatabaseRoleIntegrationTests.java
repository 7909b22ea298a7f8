package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestDatabase;
import org.postgresql.PGConnection;
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

    private static final List<String> APPEND_ONLY = List.of("voting.votes", "voting.seals");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

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
        var tables = new java.util.ArrayList<>(jdbc.sql("select schemaname || '.' || tablename from pg_tables"
                        + " where schemaname not in ('pg_catalog', 'information_schema', 'audit')"
                        + " and tablename not like 'flyway_schema_history%'")
                .query(String.class)
                .list());
        assertThat(tables).contains("identity.users", "public.spring_session", "public.event_publication");
        tables.removeAll(APPEND_ONLY);
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

    /** Votes and their seal (ADR 12), like the audit log, can be added and read but never changed or removed. */
    @Test
    void mayOnlyAddAndReadVotesAndTheirSeal() {
        for (String table : APPEND_ONLY) {
            for (String privilege : List.of("select", "insert", "update", "delete", "truncate")) {
                boolean expected = privilege.equals("select") || privilege.equals("insert");
                assertThat(jdbc.sql("select has_table_privilege(:t, :p)")
                                .param("t", table)
                                .param("p", privilege)
                                .query(Boolean.class)
                                .single())
                        .as(table + " " + privilege)
                        .isEqualTo(expected);
            }
        }
    }

    /** The address import appends with COPY … FROM STDIN through the driver, which needs nothing beyond INSERT. */
    @Test
    void mayCopyRowsInFromTheConnectionAsTheAddressImportDoes() throws Exception {
        String row = UUID.randomUUID() + "," + UUID.randomUUID()
                + ",0,1 High Street,\"\",\"\",Town,AB1 2CD,North,,key,2026-12-03T10:00:00Z\n";
        try (var connection = dataSource.getConnection()) {
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy recruitment.households (id, assembly_id, position, line1, line2, line3, town,"
                                    + " postcode, area, property_reference, match_key, imported_at)"
                                    + " from stdin with (format csv)",
                            new StringReader(row));
            assertThat(copied).isEqualTo(1);
        }
    }

    /** What made a superuser connection dangerous: reading the server's files and running programs. */
    @Test
    void cannotReadServerFilesNorRunPrograms() {
        for (String sql : List.of(
                "copy (select 1) to program 'true'",
                "copy recruitment.households from '/etc/hostname'",
                "copy (select 1) to '/tmp/minipublic-role-test'",
                "select pg_read_file('/etc/hostname')",
                "select pg_ls_dir('.')")) {
            assertThatThrownBy(() -> jdbc.sql(sql).query().singleValue())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be superuser|privileges of the).*");
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
