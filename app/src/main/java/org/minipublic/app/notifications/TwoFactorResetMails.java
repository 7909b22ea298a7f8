package org.minipublic.app.notifications;

import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.identity.TwoFactorResetLetter;
import org.minipublic.app.identity.TwoFactorResets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.UserId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail telling a user that an administrator reset their two-factor sign-in, so that a reset they did
 * not ask for does not go unnoticed. It holds no secret. The reference is the user's id and the language, joined by
 * a slash.
 */
@Component
class TwoFactorResetMails implements MailWriter {

    static final String KIND = "account.two-factor-reset";

    private final TwoFactorResets resets;
    private final MessageSource messages;

    TwoFactorResetMails(TwoFactorResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    static String reference(UserId user, String language) {
        return user + "/" + language;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Mail> write(Actor actor, String reference) {
        String[] parts = reference.split("/", 2);
        return resets.resetLetter(actor, UserId.valueOf(parts[0]), Locale.forLanguageTag(parts[1]))
                .map(this::mail);
    }

    private Mail mail(TwoFactorResetLetter letter) {
        var language = letter.language();
        String next = messages.getMessage(
                letter.mustEnrolAgain() ? "mail.two-factor-reset.enrol-again" : "mail.two-factor-reset.password-only",
                null,
                language);
        return new Mail(
                letter.email(),
                messages.getMessage("mail.two-factor-reset.subject", null, language),
                messages.getMessage("mail.two-factor-reset.body", new Object[] {next}, language));
    }
}
