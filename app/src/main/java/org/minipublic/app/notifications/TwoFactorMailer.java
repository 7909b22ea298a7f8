package org.minipublic.app.notifications;

import org.minipublic.app.identity.TwoFactorWasReset;
import org.minipublic.app.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a user by e-mail, once the reset has been committed, that their two-factor sign-in was reset. */
@Component
class TwoFactorMailer {

    private final TwoFactorResetMails resetMails;
    private final Notifications notifications;

    TwoFactorMailer(TwoFactorResetMails resetMails, Notifications notifications) {
        this.resetMails = resetMails;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(TwoFactorWasReset event) {
        String reference = TwoFactorResetMails.reference(event.userId(), event.language());
        resetMails
                .write(Actor.system(), reference)
                .ifPresent(mail -> notifications.send(mail, new MailOrigin(TwoFactorResetMails.KIND, reference)));
    }
}
