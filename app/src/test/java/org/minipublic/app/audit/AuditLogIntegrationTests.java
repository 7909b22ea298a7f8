package org.minipublic.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log only grows: the database itself refuses to change or delete an entry. */
@ApplicationModuleTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    /**
     * The application's own role has no right to change entries at all (ApplicationDatabaseRoleIntegrationTests);
     * the triggers hold even for the table's owner, who runs the migrations.
     */
    @Test
    void refusesUpdatesDeletesAndTruncationEvenByTheOwner() throws Exception {
        var assembly = AssemblyId.random();
        record(AuditRecord.of(Actor.system(), assembly, "assembly.created", "Assembly \"Kept\""));

        try (var owner = DriverManager.getConnection(databaseUrl, TestDatabase.OWNER, "")) {
            for (String sql : List.of(
                    "update audit.entries set subject = 'changed'",
                    "delete from audit.entries",
                    "truncate audit.entries")) {
                assertThatThrownBy(() -> owner.createStatement().execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .singleElement()
                .extracting(AuditEntry::subject)
                .isEqualTo("Assembly \"Kept\"");
    }

    @Test
    void recordingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> audit.record(AuditRecord.of(Actor.system(), null, "account.created", "user x")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void filtersByAssemblyTextActionAndDayAndPages() {
        var assembly = AssemblyId.random();
        for (int i = 0; i < AuditLog.PAGE_SIZE + 5; i++) {
            record(AuditRecord.of(
                    new Actor(null, "Filter Tester"), assembly, "assembly.updated", "Assembly \"Page " + i + "\""));
        }
        record(AuditRecord.of(Actor.system(), assembly, "assembly.created", "Assembly \"Needle_%\""));

        var everything = audit.find(AuditQuery.forAssembly(assembly), 0);
        assertThat(everything.total()).isEqualTo(AuditLog.PAGE_SIZE + 6L);
        assertThat(everything.entries()).hasSize(AuditLog.PAGE_SIZE);
        assertThat(everything.entries().get(0).action()).isEqualTo("assembly.created");
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 1).entries()).hasSize(6);

        var byText = new AuditQuery(assembly, null, "needle_%", null, null);
        assertThat(audit.find(byText, 0).total()).isEqualTo(1);
        var byWildcardLookalike = new AuditQuery(assembly, null, "e_%\"x", null, null);
        assertThat(audit.find(byWildcardLookalike, 0).total()).isZero();
        var byAction = new AuditQuery(assembly, "assembly.updated", null, null, null);
        assertThat(audit.find(byAction, 0).total()).isEqualTo(AuditLog.PAGE_SIZE + 5L);
        var tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        assertThat(audit.find(new AuditQuery(assembly, null, null, tomorrow, null), 0)
                        .total())
                .isZero();
        assertThat(audit.find(new AuditQuery(assembly, null, null, null, tomorrow), 0)
                        .total())
                .isEqualTo(AuditLog.PAGE_SIZE + 6L);
    }

    private void record(AuditRecord record) {
        transaction.executeWithoutResult(status -> audit.record(record));
    }
}
