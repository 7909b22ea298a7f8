package org.minipublic.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatTests {

    @Test
    void aTimeoutShorterThanThreeHeartbeatsOrANonPositiveSweepIsRefusedNamingTheSetting() {
        assertThatThrownBy(
                        () -> new Heartbeat.Timing(Duration.ofSeconds(5), Duration.ofSeconds(14), Duration.ofSeconds(1))
                                .checked("minipublic.tables"))
                .hasMessageContaining("minipublic.tables.abandoned-after (PT14S) must be at least three times");
        assertThatThrownBy(() ->
                        new Heartbeat.Timing(Duration.ZERO, Duration.ofSeconds(14), Duration.ofSeconds(1)).checked("x"))
                .hasMessageContaining("x.heartbeat-every");
        assertThatThrownBy(() ->
                        new Heartbeat.Timing(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ZERO).checked("x"))
                .hasMessageContaining("x.sweep-every must be positive");
    }

    @Test
    void beatsOnlyTheJobsRunningHereAndNotAtAllWhenThereAreNone() {
        List<List<String>> beats = new ArrayList<>();
        var timing = new Heartbeat.Timing(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5));
        var heartbeat = new Heartbeat<String>(
                "test", timing, (Collection<String> jobs) -> beats.add(List.copyOf(jobs)), () -> {});

        heartbeat.beat();
        heartbeat.running("a");
        heartbeat.running("b");
        heartbeat.beat();
        heartbeat.ended("a");
        heartbeat.beat();

        assertThat(beats).hasSize(2);
        assertThat(beats.get(0)).containsExactlyInAnyOrder("a", "b");
        assertThat(beats.get(1)).containsExactly("b");
    }

    @Test
    void aFailingBeatOrSweepIsLoggedNotThrownSoTheTimerKeepsGoing() {
        var timing = new Heartbeat.Timing(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5));
        var heartbeat = new Heartbeat<String>(
                "test",
                timing,
                jobs -> {
                    throw new IllegalStateException("database gone");
                },
                () -> {
                    throw new IllegalStateException("database gone");
                });
        heartbeat.running("a");

        heartbeat.beat();
        heartbeat.sweep();
    }

    @Test
    void heartbeatsTakeTheirTimingFromTheOwnersSettingsAndSweepOnceTheApplicationIsReady() throws Exception {
        var environment = new org.springframework.mock.env.MockEnvironment()
                .withProperty("x.heartbeat-every", "PT0.05S")
                .withProperty("x.abandoned-after", "PT0.2S")
                .withProperty("x.sweep-every", "PT1H");
        var heartbeats = new Heartbeats(environment);
        var sweeps = new java.util.concurrent.atomic.AtomicInteger();
        var beaten = new java.util.concurrent.CountDownLatch(1);
        try {
            var heartbeat = heartbeats.start(
                    "test", "x", (Collection<String> jobs) -> beaten.countDown(), sweeps::incrementAndGet);
            assertThat(heartbeat.timing().abandonedAfter()).isEqualTo(Duration.ofMillis(200));
            assertThat(heartbeat.stoppedNote()).isEqualTo("no heartbeat for 0 s: its process stopped");
            heartbeat.running("a");
            assertThat(beaten.await(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("beats from the moment it is made")
                    .isTrue();
            assertThat(sweeps).as("no sweep before the application is ready").hasValue(0);

            heartbeats.sweepFromNowOn();
            assertThat(sweeps).as("a sweep at once when ready").hasValue(1);
            heartbeats.start("later", "x", (Collection<String> jobs) -> {}, sweeps::incrementAndGet);
            assertThat(sweeps)
                    .as("one made after that sweeps on its timer, not while its owner is still being made")
                    .hasValue(1);
        } finally {
            heartbeats.stop();
        }

        environment.setProperty("z.abandoned-after", "PT6S");
        assertThatThrownBy(() -> heartbeats.start("test", "z", jobs -> {}, () -> {}))
                .as("beside the default beat every 5 s")
                .hasMessageContaining("z.abandoned-after (PT6S) must be at least three times z.heartbeat-every (PT5S)");
    }
}
