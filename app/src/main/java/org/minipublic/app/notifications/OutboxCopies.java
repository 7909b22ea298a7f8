package org.minipublic.app.notifications;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes what the deliveries kept outside the database of messages being forgotten: the {@code .eml} and
 * {@code .txt} files the outbox folders wrote. An SMTP server or SMS provider keeps its own records, under its own
 * terms, which this cannot reach.
 */
@Component
class OutboxCopies {

    private static final Logger log = LoggerFactory.getLogger(OutboxCopies.class);

    private final MailDelivery mail;
    private final TextMessages texts;

    OutboxCopies(MailDelivery mail, TextMessages texts) {
        this.mail = mail;
        this.texts = texts;
    }

    /** Tries every message; one that fails is logged by id and the exception's class only, and the rest go on. */
    void delete(Collection<MessageId> messages) {
        for (var id : messages) {
            try {
                mail.forget(id);
                texts.forget(id);
            } catch (Exception e) {
                log.warn(
                        "The outbox copy of message {} could not be deleted: {}",
                        id,
                        e.getClass().getName());
            }
        }
    }
}
