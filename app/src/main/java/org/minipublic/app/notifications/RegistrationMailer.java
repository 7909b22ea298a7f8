package org.minipublic.app.notifications;

import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.recruitment.RespondentRegistered;
import org.minipublic.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Confirms a registration by e-mail, in the language the respondent prefers where the interface has it. */
@Component
class RegistrationMailer {

    private final Notifications notifications;
    private final Registration registration;
    private final Assemblies assemblies;
    private final MessageSource messages;

    RegistrationMailer(
            Notifications notifications, Registration registration, Assemblies assemblies, MessageSource messages) {
        this.notifications = notifications;
        this.registration = registration;
        this.assemblies = assemblies;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(RespondentRegistered event) {
        registration.confirmation(event.respondent()).ifPresent(confirmation -> {
            Locale locale = Languages.supportedOrEnglish(Locale.forLanguageTag(confirmation.language()));
            String title = assemblies
                    .find(confirmation.assembly())
                    .map(AssemblyView::title)
                    .orElse("Minipublic");
            notifications.send(new Mail(
                    confirmation.email(),
                    messages.getMessage("mail.registered.subject", new Object[] {title}, locale),
                    messages.getMessage("mail.registered.body", new Object[] {title}, locale)));
        });
    }
}
