package org.minipublic.app.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.minipublic.app.shared.InvalidInputException;

/**
 * A mailing as written, before it is sent.
 *
 * @param texts per language tag; English is required and is what people get whose language has no text
 */
public record Draft(Audience audience, Map<String, MailingText> texts) {

    public Draft {
        texts = Map.copyOf(new LinkedHashMap<>(texts));
        if (!texts.containsKey("en")) {
            throw new InvalidInputException("subject-en", "messaging.english.required");
        }
    }

    /** The text for a person's language: theirs if written, else English. */
    MailingText textFor(String language) {
        var text = texts.get(language);
        return text != null ? text : java.util.Objects.requireNonNull(texts.get("en"));
    }
}
