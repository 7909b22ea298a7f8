package org.minipublic.app.privacy;

import java.util.ArrayList;
import org.minipublic.app.confirmation.CallHistory;
import org.minipublic.app.messaging.MailingHistory;
import org.minipublic.app.notifications.Forgetting;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.recruitment.Forgotten;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * After recruitment has deleted respondents, deletes what the other modules hold about them: their calls and
 * reminders, their places on mailings' recipient lists, and the messages they were sent. Each module names the
 * messages it sent about them, so that notifications blanks those by id and never another person's mail to a shared
 * address. Runs in the caller's transaction.
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
        var sent = new ArrayList<MessageId>(calls.forget(assembly, forgotten.respondents()));
        sent.addAll(mailings.forget(assembly, forgotten.respondents()));
        messages.forget(sent, forgotten.respondents()); // with their registration's confirmation
    }
}
