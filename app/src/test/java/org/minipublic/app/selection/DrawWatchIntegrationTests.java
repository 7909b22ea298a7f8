package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draw is marked abandoned only when no process is running it any more: its heartbeat has stopped. Another node
 * starting, or sweeping, leaves a draw with a live heartbeat running.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class DrawWatchIntegrationTests {

    @Autowired
    DrawWatch watch;

    @Autowired
    DrawRecords records;

    @Autowired
    Draws draws;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aDrawWhoseHeartbeatStoppedIsMarkedFailedAndOneStillBeatingRunsOn() throws Exception {
        var open = fixture.assemblyWithPool(12);
        var targets = fixture.anyPanel(open, 4);
        var stopped = running(open, targets);
        var live = running(open, targets);
        watch.running(live);
        try {
            lastBeat(stopped, "2 minutes");
            lastBeat(live, "50 seconds");
            // a seat given up that the stopped draw was filling as a replacement draw
            jdbc.sql(
                            """
                    insert into selection.withdrawals
                        (draw_id, respondent_id, reason, withdrawn_at, withdrawn_by, replaced_by)
                    values (:draw, gen_random_uuid(), 'DECLINED', now(), 'test', :stopped)
                    """)
                    .param("draw", live.value())
                    .param("stopped", stopped.value())
                    .update();

            watch.beat();
            assertThat(jdbc.sql(
                                    "select heartbeat_at > now() - interval '5 seconds' from selection.draws where id = :id")
                            .param("id", live.value())
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            var abandoned = watch.sweep();

            assertThat(abandoned)
                    .extracting(DrawRecords.Abandoned::draw)
                    .contains(stopped)
                    .doesNotContain(live);
            var failed = draws.find(open.assembly(), stopped).orElseThrow();
            assertThat(failed.status()).isEqualTo(Draw.Status.FAILED);
            assertThat(failed.failure()).isEqualTo("selection.draw.abandoned");
            assertThat(draws.find(open.assembly(), live).orElseThrow().status()).isEqualTo(Draw.Status.RUNNING);
            assertThat(jdbc.sql("select count(*) from selection.withdrawals where draw_id = :d and replaced_by is null")
                            .param("d", live.value())
                            .query(Integer.class)
                            .single())
                    .as("the seat is open again for the next replacement draw")
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = :action")
                            .param("a", open.assembly().value())
                            .param("action", "selection.draw-failed")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            watch.ended(live);
            records.fail(live, "selection.draw.abandoned", Instant.now());
        }

        String page = mvc.perform(get("/assemblies/" + open.assembly() + "/draws/" + stopped)
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The draw stopped because Minipublic was stopped while it ran. Run it again.");

        var again = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 7L, List.of()));
        assertThat(fixture.awaitEnd(open.assembly(), again).status()).isEqualTo(Draw.Status.DONE);
    }

    @Test
    void aDrawThatEndsAfterItWasMarkedAbandonedStoresNothingOverTheFailure() {
        var open = fixture.assemblyWithPool(6);
        var targets = fixture.anyPanel(open, 2);
        var draw = running(open, targets);
        lastBeat(draw, "10 minutes");
        watch.sweep();

        var outcome = new DrawRecords.Outcome(6, 0, 0.3, 0.3, true, "t", "p", "engine", "{}");
        assertThat(records.complete(draw, outcome, List.of(), Instant.now())).isFalse();
        assertThat(records.fail(draw, "selection.draw.failed-unexpectedly", Instant.now()))
                .isFalse();
        var stored = draws.find(open.assembly(), draw).orElseThrow();
        assertThat(stored.status()).isEqualTo(Draw.Status.FAILED);
        assertThat(stored.failure()).isEqualTo("selection.draw.abandoned");
    }

    private DrawId running(RegistrationFixture.Open open, TargetSet targets) {
        var id = DrawId.random();
        records.insert(
                open.assembly(),
                id,
                records.nextNumber(open.assembly()),
                targets.id(),
                new DrawSettings("leximin", 1L, List.of()),
                1L,
                "typed",
                Instant.now(),
                "test");
        return id;
    }

    private void lastBeat(DrawId draw, String ago) {
        jdbc.sql("update selection.draws set heartbeat_at = now() - cast(:ago as interval) where id = :id")
                .param("ago", ago)
                .param("id", draw.value())
                .update();
    }
}
