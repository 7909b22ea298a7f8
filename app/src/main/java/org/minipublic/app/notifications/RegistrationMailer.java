package org.minipublic.app.notifications;

import org.minipublic.app.recruitment.RespondentRegistered;
import org.minipublic.app.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms a registration by e-mail, in the language the respondent prefers where the interface has it. The message
 * is stored with the respondent's id as its reference, so that it is blanked when they are erased.
 */
@Component
class RegistrationMailer {

    private final RegistrationMails mails;
    private final Notifications notifications;

    RegistrationMailer(RegistrationMails mails, Notifications notifications) {
        this.mails = mails;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(RespondentRegistered event) {
        String reference = event.respondent().toString();
        mails.write(Actor.system(), reference)
                .ifPresent(mail -> notifications.send(mail, new MailOrigin(RegistrationMails.KIND, reference)));
    }
}
