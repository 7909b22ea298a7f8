package org.minipublic.app.accountability;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders to action owners that are due, every hour by default. Several application nodes may all run
 * it: each assembly is handled under a database lock, and each reminder's key lets it go only once.
 */
@Component
class OwnerReminderJob {

    private static final Logger log = LoggerFactory.getLogger(OwnerReminderJob.class);

    private final OwnerReminders reminders;
    private final Clock clock;

    OwnerReminderJob(OwnerReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${minipublic.accountability.reminders-first:PT15M}",
            fixedDelayString = "${minipublic.accountability.reminders-every:PT1H}")
    void run() {
        int sent = reminders.sendDue(clock);
        if (sent > 0) {
            log.info("Reminders: {} sent to action owners", sent);
        }
    }
}
