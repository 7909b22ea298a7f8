package org.minipublic.app.notifications;

import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.identity.InvitationId;
import org.minipublic.app.identity.InvitationLetter;
import org.minipublic.app.identity.TeamInvitations;
import org.minipublic.app.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes team invitation e-mails. The one-time link is issued while the e-mail is written, so its token exists only
 * in memory and in the e-mail itself; the stored copy shows the link removed.
 */
@Component
class InvitationMails implements MailWriter {

    static final String KIND = "team.invitation";

    private final TeamInvitations invitations;
    private final Assemblies assemblies;
    private final MessageSource messages;

    InvitationMails(TeamInvitations invitations, Assemblies assemblies, MessageSource messages) {
        this.invitations = invitations;
        this.assemblies = assemblies;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Mail> write(Actor actor, String reference) {
        return invitations
                .issueLetter(actor, new InvitationId(UUID.fromString(reference)))
                .map(this::mail);
    }

    private Mail mail(InvitationLetter letter) {
        String key = letter.oneTime() ? "mail.invitation" : "mail.invitation-existing";
        var language = letter.language();
        Object[] arguments = {
            title(letter), messages.getMessage(letter.role().messageKey(), null, language), letter.link()
        };
        var mail = new Mail(
                letter.email(),
                messages.getMessage(key + ".subject", arguments, language),
                messages.getMessage(key + ".body", arguments, language));
        return letter.oneTime() ? mail.withSecret(letter.link()) : mail;
    }

    private String title(InvitationLetter letter) {
        return assemblies.find(letter.assemblyId()).map(AssemblyView::title).orElse("Minipublic");
    }
}
