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
        int people = retention.purgeAllDue();
        if (people > 0) {
            log.info("Retention: deleted the personal data of {} respondents not chosen", people);
        }
    }
}
