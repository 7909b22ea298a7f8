package org.minipublic.app.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes each long job's {@link Heartbeat} with its settings and runs it for the application's life: beating from the
 * moment it is made (jobs started while the application starts, the demo's, are kept alive), sweeping from the moment
 * the application is ready, stopping when it closes. Owners say only how to beat and how to sweep.
 */
@Component
public class Heartbeats {

    private final Environment environment;
    private final List<Heartbeat<?>> started = new CopyOnWriteArrayList<>();
    private volatile boolean ready;

    Heartbeats(Environment environment) {
        this.environment = environment;
    }

    /**
     * @param settings the prefix of the timing's settings ({@code <settings>.heartbeat-every}, {@code .abandoned-after}
     *     and {@code .sweep-every}; 5 s, a minute and 15 s unless set)
     * @param beat refreshes the heartbeat of the given running jobs (never called with none)
     * @param sweep marks failed the jobs whose heartbeat is older than the timing's {@code abandonedAfter}
     * @throws IllegalStateException when a late heartbeat could fail a job that is still running
     */
    public <T> Heartbeat<T> start(String name, String settings, Consumer<Collection<T>> beat, Runnable sweep) {
        var timing = new Heartbeat.Timing(
                        duration(settings + ".heartbeat-every", Duration.ofSeconds(5)),
                        duration(settings + ".abandoned-after", Duration.ofMinutes(1)),
                        duration(settings + ".sweep-every", Duration.ofSeconds(15)))
                .checked(settings);
        var heartbeat = new Heartbeat<T>(name, timing, beat, sweep);
        heartbeat.beatFromNowOn();
        started.add(heartbeat);
        if (ready) { // made after start-up: its owner is still being made, so its sweep (which reads it) waits
            heartbeat.sweepLater();
        }
        return heartbeat;
    }

    /** As {@code @Value} reads a duration: "PT5S" or "5s". */
    private Duration duration(String setting, Duration otherwise) {
        String value = environment.getProperty(setting);
        return value == null ? otherwise : DurationStyle.detectAndParse(value);
    }

    /** At start-up each sweeps at once, for jobs a stopped process left, then periodically. */
    @EventListener(ApplicationReadyEvent.class)
    void sweepFromNowOn() {
        ready = true;
        started.forEach(Heartbeat::sweepFromNowOn);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        started.forEach(Heartbeat::stop);
    }
}
