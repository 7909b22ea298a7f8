package org.minipublic.app.accountability;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends each progress update and each published progress report to the assembly's subscribers, after saving. */
@Component
class UpdateMailer {

    private final Subscriptions subscriptions;

    UpdateMailer(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @ApplicationModuleListener
    void on(ProgressUpdatePosted event) {
        subscriptions.sendUpdate(event);
    }

    @ApplicationModuleListener
    void on(ProgressReportPublished event) {
        subscriptions.sendReport(event);
    }
}
