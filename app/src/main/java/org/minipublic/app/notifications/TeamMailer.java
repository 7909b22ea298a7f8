package org.minipublic.app.notifications;

import org.minipublic.app.identity.UserInvited;
import org.minipublic.app.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends the e-mail that invites someone to an assembly's team, once the invitation has been committed. */
@Component
class TeamMailer {

    private final InvitationMails invitationMails;
    private final Notifications notifications;

    TeamMailer(InvitationMails invitationMails, Notifications notifications) {
        this.invitationMails = invitationMails;
        this.notifications = notifications;
    }

    /** Sends nothing for an invitation that was withdrawn (or answered) before its e-mail went out. */
    @ApplicationModuleListener
    void on(UserInvited event) {
        String reference = event.invitationId().toString();
        invitationMails
                .write(Actor.system(), reference)
                .ifPresent(mail -> notifications.send(mail, new MailOrigin(InvitationMails.KIND, reference)));
    }
}
