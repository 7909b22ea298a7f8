package org.minipublic.app.notifications;

/** Hands a message to the outside world (an SMTP server, or the outbox folder). Throws when it could not. */
interface MailDelivery {

    void deliver(MessageId id, Mail mail) throws Exception;

    /** A short name for logs and the outbox page. */
    String channel();
}
