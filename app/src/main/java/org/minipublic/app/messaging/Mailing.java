package org.minipublic.app.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * A mailing as sent, with how its messages stand.
 *
 * @param texts per language tag, as written
 * @param perLanguage how many people got each language's text
 * @param sent messages delivered (or written to the outbox folder), {@code pending} still waiting, {@code failed}
 *     refused by the mail server: the outbox page can retry them
 */
public record Mailing(
        MailingId id,
        int number,
        Audience audience,
        Map<String, MailingText> texts,
        Instant sentAt,
        String sentBy,
        int recipients,
        Map<String, Integer> perLanguage,
        int sent,
        int pending,
        int failed) {

    public MailingText english() {
        return java.util.Objects.requireNonNull(texts.get("en"));
    }
}
