package org.minipublic.app.followup;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes sign-ups {@link #KEPT_AFTER_EVENT} after their event ends, and requests never confirmed once their link
 * expired, every hour. Several application nodes may all run it: the deletion is one statement, so whichever node
 * comes second finds nothing left.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SignUpPurgeJob {

    /** How long names, addresses and access needs are kept after the event, for questions about it. */
    static final Duration KEPT_AFTER_EVENT = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(SignUpPurgeJob.class);

    private final SignUpRecords signUps;
    private final Clock clock;

    SignUpPurgeJob(SignUpRecords signUps, Clock clock) {
        this.signUps = signUps;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${minipublic.followup.purge-first:PT10M}",
            fixedDelayString = "${minipublic.followup.purge-every:PT1H}")
    void run() {
        runOnce();
    }

    int runOnce() {
        var now = clock.instant();
        int deleted = signUps.purge(now.minus(KEPT_AFTER_EVENT), now.minus(SignUps.LINK_LIFETIME));
        if (deleted > 0) {
            log.info("Follow-up events: deleted {} sign-ups past their keeping time", deleted);
        }
        return deleted;
    }
}
