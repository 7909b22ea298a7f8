package org.minipublic.app.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

    /** The language a person gets the mailing in: theirs if it has a text, else English. */
    String languageFor(String personsLanguage) {
        return texts.containsKey(personsLanguage) ? personsLanguage : "en";
    }

    /** The text for a person's language: theirs if written, else English. */
    MailingText textFor(String personsLanguage) {
        return Objects.requireNonNull(texts.get(languageFor(personsLanguage)));
    }
}
