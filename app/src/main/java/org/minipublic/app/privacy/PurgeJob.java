package org.minipublic.app.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the personal data of people not chosen once each assembly's retention period is over, every hour. Several
 * application nodes may all run it: each assembly is purged under a database lock, so one node does the work and the
 * others find nothing left.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PurgeJob {

    private static final Logger log = LoggerFactory.getLogger(PurgeJob.class);

    private final Retention retention;

    PurgeJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(
            initialDelayString = "${minipublic.privacy.purge-first:PT10M}",
            fixedDelayString = "${minipublic.privacy.purge-every:PT1H}")
    void run() {
        runOnce();
    }

    /** Purges every assembly that is due, each on its own, so that one failing does not hold up the others. */
    int runOnce() {
        int people = 0;
        for (var assembly : retention.due()) {
            try {
                people += retention.purgeIfDue(assembly);
            } catch (RuntimeException e) {
                log.warn(
                        "Retention: purging assembly {} failed ({}); it is tried again at the next run",
                        assembly,
                        e.getClass().getSimpleName());
            }
        }
        if (people > 0) {
            log.info("Retention: deleted the personal data of {} respondents not chosen", people);
        }
        return people;
    }
}
