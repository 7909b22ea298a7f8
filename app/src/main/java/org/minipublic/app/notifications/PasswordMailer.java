package org.minipublic.app.notifications;

import org.minipublic.app.identity.PasswordResetLetter;
import org.minipublic.app.identity.PasswordResetRequested;
import org.minipublic.app.identity.Passwords;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail with a link to choose a new password, once the request has been committed. The link is made by
 * identity while the e-mail is written, so the published event holds no secret; a request that was replaced or used
 * in the meantime sends nothing.
 */
@Component
class PasswordMailer {

    private final Passwords passwords;
    private final Notifications notifications;
    private final MessageSource messages;

    PasswordMailer(Passwords passwords, Notifications notifications, MessageSource messages) {
        this.passwords = passwords;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        passwords.issueLetter(event.resetId()).map(this::mail).ifPresent(notifications::send);
    }

    private Mail mail(PasswordResetLetter letter) {
        var language = letter.language();
        Object[] arguments = {letter.link(), letter.validity().toMinutes()};
        String body =
                letter.byAdministrator() ? "mail.password-reset.by-administrator.body" : "mail.password-reset.body";
        return new Mail(
                letter.email(),
                messages.getMessage("mail.password-reset.subject", null, language),
                messages.getMessage(body, arguments, language));
    }
}
