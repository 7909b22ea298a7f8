package org.minipublic.app.notifications;

/**
 * The port for sending text messages: an installation with an SMS provider registers one bean implementing it.
 * Without one, texts are written to the outbox folder ({@link TextMessages}). Throws when the text was not accepted.
 */
public interface TextDelivery {

    /** @param id the text's id, for the provider's records and the outbox file name */
    void deliver(String id, TextMessage message) throws Exception;

    /**
     * Deletes what this delivery kept of the text, if anything, when the person it went to is erased: the outbox
     * folder deletes its file. A provider's own records are kept under its own terms.
     */
    default void forget(String id) throws Exception {}

    /** A short name for logs. */
    String channel();
}
