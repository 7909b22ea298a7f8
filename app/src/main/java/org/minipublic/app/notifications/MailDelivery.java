package org.minipublic.app.notifications;

/** Hands a message to the outside world (an SMTP server, or the outbox folder). Throws when it could not. */
interface MailDelivery {

    void deliver(MessageId id, Mail mail) throws Exception;

    /**
     * Deletes what this delivery kept of the message outside the database, if anything: the outbox folder's file. An
     * SMTP server's copy is beyond reach.
     */
    default void forget(MessageId id) throws Exception {}

    /** A short name for logs and the outbox page. */
    String channel();
}
