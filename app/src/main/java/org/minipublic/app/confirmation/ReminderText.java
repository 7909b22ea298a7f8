package org.minipublic.app.confirmation;

import java.util.Locale;
import org.minipublic.app.recruitment.RespondentProfile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A reminder's words, in the person's preferred language (English where the app has none of theirs). */
@Component
class ReminderText {

    private final MessageSource messages;

    ReminderText(MessageSource messages) {
        this.messages = messages;
    }

    ReminderMessage write(ReminderChannel channel, RespondentProfile person, String assembly) {
        var language = Locale.forLanguageTag(person.language().isBlank() ? "en" : person.language());
        Object[] arguments = {person.firstName(), assembly};
        return channel == ReminderChannel.EMAIL
                ? new ReminderMessage(
                        language,
                        messages.getMessage("confirmation.reminder.email.subject", arguments, language),
                        messages.getMessage("confirmation.reminder.email.body", arguments, language))
                : new ReminderMessage(
                        language, "", messages.getMessage("confirmation.reminder.sms", arguments, language));
    }
}
