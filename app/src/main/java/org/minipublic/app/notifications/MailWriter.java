package org.minipublic.app.notifications;

import java.util.Optional;
import org.minipublic.app.shared.Actor;

/** Writes one kind of message, and writes it again, with fresh one-time links, when a delivery is retried. */
interface MailWriter {

    String kind();

    /** The message for this reference as it should be sent now; empty when it no longer should be. */
    Optional<Mail> write(Actor actor, String reference);
}
