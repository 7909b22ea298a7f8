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
}
