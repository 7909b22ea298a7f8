package org.minipublic.app.privacy;

import org.minipublic.app.confirmation.CallHistory;
import org.minipublic.app.messaging.MailingHistory;
import org.minipublic.app.notifications.Forgetting;
import org.minipublic.app.recruitment.Forgotten;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * After recruitment has deleted respondents, deletes what the other modules hold about them: their calls, their
 * places on mailings' recipient lists, and the stored messages they were sent. Runs in the caller's transaction.
 */
@Component
class Forget {

    private final CallHistory calls;
    private final MailingHistory mailings;
    private final Forgetting messages;

    Forget(CallHistory calls, MailingHistory mailings, Forgetting messages) {
        this.calls = calls;
        this.mailings = mailings;
        this.messages = messages;
    }

    void everywhere(AssemblyId assembly, Forgotten forgotten) {
        if (forgotten.count() == 0) {
            return;
        }
        calls.forget(assembly, forgotten.respondents());
        var sent = mailings.forget(assembly, forgotten.respondents());
        messages.forget(sent, forgotten.addresses());
    }
}
