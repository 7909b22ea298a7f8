package org.minipublic.app.notifications;

import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.identity.PasswordResetId;
import org.minipublic.app.identity.PasswordResetLetter;
import org.minipublic.app.identity.Passwords;
import org.minipublic.app.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails with a link to choose a new password. The link is made by identity while the e-mail is written,
 * so its token exists only in memory and in the e-mail itself; the stored copy shows the link removed, and a retry
 * writes the e-mail again with a fresh link.
 */
@Component
class PasswordResetMails implements MailWriter {

    static final String KIND = "account.password-reset";

    private final Passwords passwords;
    private final MessageSource messages;

    PasswordResetMails(Passwords passwords, MessageSource messages) {
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Mail> write(Actor actor, String reference) {
        return passwords
                .issueLetter(actor, new PasswordResetId(UUID.fromString(reference)))
                .map(this::mail);
    }

    private Mail mail(PasswordResetLetter letter) {
        var language = letter.language();
        Object[] arguments = {letter.link(), letter.validity().toMinutes()};
        String body =
                letter.byAdministrator() ? "mail.password-reset.by-administrator.body" : "mail.password-reset.body";
        return new Mail(
                        letter.email(),
                        messages.getMessage("mail.password-reset.subject", null, language),
                        messages.getMessage(body, arguments, language))
                .withSecret(letter.link());
    }
}
