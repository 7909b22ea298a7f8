package org.minipublic.app.notifications;

import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail that confirms a registration, from the respondent's record as it is now. Its reference is the
 * respondent's id, so that erasing the respondent finds it without looking at addresses, and a retry after erasure
 * writes nothing.
 */
@Component
class RegistrationMails implements MailWriter {

    static final String KIND = "recruitment.registration";

    private final Registration registration;
    private final Assemblies assemblies;
    private final MessageSource messages;

    RegistrationMails(Registration registration, Assemblies assemblies, MessageSource messages) {
        this.registration = registration;
        this.assemblies = assemblies;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Nothing for a respondent who gave no e-mail address, or whose data was erased. */
    @Override
    public Optional<Mail> write(Actor actor, String reference) {
        return registration.confirmation(RespondentId.valueOf(reference)).map(confirmation -> {
            Locale locale = Languages.supportedOrEnglish(Locale.forLanguageTag(confirmation.language()));
            String title = assemblies
                    .find(confirmation.assembly())
                    .map(AssemblyView::title)
                    .orElse("Minipublic");
            return new Mail(
                    confirmation.email(),
                    messages.getMessage("mail.registered.subject", new Object[] {title}, locale),
                    messages.getMessage("mail.registered.body", new Object[] {title}, locale));
        });
    }
}
