package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every node knows a choice of alternates is running, since it is written down in the request that starts it, and a
 * choice whose process stopped is marked failed, so the organiser can ask again and is told why.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class AlternateRunsIntegrationTests {

    @Autowired
    Draws draws;

    @Autowired
    DrawAlternates alternates;

    @Autowired
    AlternatesRunner runner;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aChoiceAnotherNodeMakesIsSeenHereAndOneWhoseProcessStoppedIsMarkedFailed() throws Exception {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        draws.withdraw(
                organiser, open.assembly(), first, fixture.selected(open, first).get(0), Withdrawal.Reason.LEFT);
        // another node started a choice: its row, with a fresh heartbeat, is all this node knows of it
        jdbc.sql("insert into selection.alternate_runs (draw_id, status, started_at, started_by)"
                        + " values (:d, 'RUNNING', now(), 'Other node')")
                .param("d", first.value())
                .update();

        assertThat(alternates.choosing(first)).isTrue();
        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), first, 2))
                .hasMessageContaining("selection.alternates.busy");
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 3L, List.of()), false))
                .hasMessageContaining("selection.alternates.busy");
        runner.sweep();
        assertThat(alternates.choosing(first))
                .as("a fresh heartbeat: still running")
                .isTrue();

        // that node stopped: no heartbeat for longer than the timeout
        jdbc.sql("update selection.alternate_runs set heartbeat_at = now() - interval '10 minutes' where draw_id = :d")
                .param("d", first.value())
                .update();
        // the sweep that finds it may also be this node's own periodic one
        runner.sweep();
        runner.sweep();

        assertThat(alternates.choosing(first)).isFalse();
        assertThat(alternates.failure(first)).contains("abandoned");
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .filteredOn(e -> e.action().equals("selection.alternates-failed"))
                .as("marked failed once")
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("its process stopped"));
        String page = "/assemblies/" + open.assembly() + "/draws/" + first;
        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Choosing alternates stopped because the application was restarted")
                .contains("name=\"budget\"");

        // asked again, the choice runs here and is stored; the failure is forgotten
        alternates.choose(organiser, open.assembly(), first, 2);
        assertThat(alternates.failure(first)).isEmpty();
        var choice = fixture.awaitAlternates(open, first);
        assertThat(choice.number()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from selection.alternate_runs where draw_id = :d")
                        .param("d", first.value())
                        .query(Integer.class)
                        .single())
                .as("nothing running or failed once stored")
                .isZero();
    }

    @Test
    void aJobWhoseClaimWasSweptAndTakenAgainStoresNothingAndLeavesTheNewClaimAlone() throws Exception {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        draws.withdraw(
                organiser, open.assembly(), first, fixture.selected(open, first).get(0), Withdrawal.Reason.LEFT);
        var newer = java.util.UUID.randomUUID();
        var ours = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
        // this node's claim was swept as abandoned and another node claimed the draw again before the job ended
        transaction.executeWithoutResult(status -> {
            alternates.choose(organiser, open.assembly(), first, 2);
            ours.set(jdbc.sql("select run_id from selection.alternate_runs where draw_id = :d")
                    .param("d", first.value())
                    .query(java.util.UUID.class)
                    .single());
            jdbc.sql("update selection.alternate_runs set run_id = :run where draw_id = :d")
                    .param("run", newer)
                    .param("d", first.value())
                    .update();
        });
        var job = new AlternateRuns.Run(first, ours.get());
        assertThat(runner.runningHere(job)).isTrue();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        while (runner.runningHere(job) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(runner.runningHere(job)).as("the job ended within a minute").isFalse();

        assertThat(alternates.find(organiser, open.assembly(), first))
                .as("nothing stored")
                .isEmpty();
        assertThat(jdbc.sql("select run_id from selection.alternate_runs where draw_id = :d and status = 'RUNNING'")
                        .param("d", first.value())
                        .query(java.util.UUID.class)
                        .single())
                .as("the newer claim still runs")
                .isEqualTo(newer);
    }
}
