package org.minipublic.app.notifications;

import org.minipublic.app.identity.PasswordResetRequested;
import org.minipublic.app.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail with a link to choose a new password, once the request has been committed. The published event
 * holds no secret; a request that was replaced or used in the meantime sends nothing.
 */
@Component
class PasswordMailer {

    private final PasswordResetMails resetMails;
    private final Notifications notifications;

    PasswordMailer(PasswordResetMails resetMails, Notifications notifications) {
        this.resetMails = resetMails;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        String reference = event.resetId().toString();
        resetMails
                .write(Actor.system(), reference)
                .ifPresent(mail -> notifications.send(mail, new MailOrigin(PasswordResetMails.KIND, reference)));
    }
}
