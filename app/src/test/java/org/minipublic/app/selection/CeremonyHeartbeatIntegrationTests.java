package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ceremony's lottery being computed on another node is seen as computing here while that node's heartbeat is
 * fresh, and marked failed by any node once it stops, so that a new ceremony can be started.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class CeremonyHeartbeatIntegrationTests {

    @Autowired
    Ceremonies ceremonies;

    @Autowired
    CeremonyRecords records;

    @Autowired
    CeremonyRunner runner;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelectionFixture fixture;

    @Test
    void aLotteryWhoseProcessStoppedIsMarkedFailedOnceByAnyNode() {
        var open = fixture.assemblyWithPool(12);
        var set = fixture.anyPanel(open, 4);
        var organiser = open.organiser().actor();
        // another node is computing this ceremony's lottery: its row is all this node knows of it
        var elsewhere = CeremonyId.random();
        records.insert(
                open.assembly(),
                elsewhere,
                1,
                set.id(),
                new DrawSettings("leximin", 5L, List.of()),
                5L,
                "typed",
                Instant.now(),
                "Other node");

        runner.sweep();
        assertThat(status(open, elsewhere))
                .as("a fresh heartbeat: still computing")
                .isEqualTo(Ceremony.Status.COMMITTING);
        assertThatThrownBy(
                        () -> ceremonies.commit(organiser, open.assembly(), new DrawSettings("leximin", 6L, List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.busy");

        // that node stopped: no heartbeat for longer than the timeout
        jdbc.sql("update selection.ceremonies set heartbeat_at = now() - interval '10 minutes' where id = :c")
                .param("c", elsewhere.value())
                .update();
        runner.sweep(); // this node's own periodic sweep may have found it first
        runner.sweep();

        var failed = ceremonies.find(organiser, open.assembly(), elsewhere).orElseThrow();
        assertThat(failed.status()).isEqualTo(Ceremony.Status.FAILED);
        assertThat(failed.failure()).isEqualTo("selection.ceremony.abandoned");
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .filteredOn(e -> e.action().equals("selection.ceremony-failed"))
                .as("marked failed once")
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("its process stopped"));

        var next = ceremonies.commit(organiser, open.assembly(), new DrawSettings("leximin", 6L, List.of()));
        assertThat(fixture.awaitCommitted(open, next).number()).isEqualTo(2);
    }

    private Ceremony.Status status(org.minipublic.app.recruitment.RegistrationFixture.Open open, CeremonyId id) {
        return ceremonies
                .find(open.organiser().actor(), open.assembly(), id)
                .orElseThrow()
                .status();
    }
}
