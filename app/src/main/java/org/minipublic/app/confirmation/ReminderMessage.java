package org.minipublic.app.confirmation;

import java.util.Locale;

/**
 * One person's reminder as they will read it.
 *
 * @param subject the e-mail's subject (empty for a text message)
 */
public record ReminderMessage(Locale language, String subject, String body) {

    @Override
    public String toString() {
        return "ReminderMessage[" + language + "]"; // the body names the person
    }
}
