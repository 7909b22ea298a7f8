package org.minipublic.app.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose handling failed to their listeners again, from whichever node runs this first. An event's
 * handling fails when its listener throws, or when it stays published or in progress past the staleness limits in
 * application.properties (its node stopped: a crash, a kill). This replaces republishing every unfinished event when a
 * node starts, which with several nodes handed a second copy of events another node was still handling. Modulith
 * claims each publication before resubmitting it, so two nodes running this at once do not both resubmit one.
 */
@Component
@EnableScheduling
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    private final FailedEventPublications failed;
    private final int maxAttempts;

    EventRetry(FailedEventPublications failed, @Value("${minipublic.events.max-attempts:10}") int maxAttempts) {
        this.failed = failed;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(
            initialDelayString = "${minipublic.events.retry-every:PT1M}",
            fixedDelayString = "${minipublic.events.retry-every:PT1M}")
    void run() {
        try {
            retryFailed();
        } catch (RuntimeException e) {
            log.warn(
                    "Handing failed events again failed ({}); tried again at the next run",
                    e.getClass().getSimpleName());
        }
    }

    /** An event is given up after {@code minipublic.events.max-attempts}: it stays in the table for an administrator. */
    void retryFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> p.getCompletionAttempts() < maxAttempts));
    }
}
