package org.minipublic.app.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitee's side of a team invitation: a user with an account sees the open invitations addressed to them and
 * accepts or declines each; someone without an account may decline through the e-mailed link (accepting it creates
 * the account, see {@link Accounts#acceptInvitation}). Every answer is audited.
 */
@Service
public class InvitationAnswers {

    /** How the audit log names someone who answered through a link and has no account to name. */
    static final String LINK_HOLDER = "invited person (e-mailed link)";

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final Invitations invitations;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    InvitationAnswers(
            UserAccounts users,
            AssemblyRoles roles,
            Invitations invitations,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.roles = roles;
        this.invitations = invitations;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open invitations addressed to the actor's e-mail address, oldest first. */
    @Transactional(readOnly = true)
    public List<ReceivedInvitation> received(Actor actor) {
        identity.require(actor, Permission.USE_OWN_ACCOUNT);
        return invitations.openTo(emailOf(actor), clock.instant()).stream()
                .map(i -> new ReceivedInvitation(i.id(), i.assemblyId(), i.role(), i.expiresAt()))
                .toList();
    }

    /** Joins the team in the invited role (replacing any role the actor had in that assembly). */
    @Transactional
    public void accept(Actor actor, InvitationId id) {
        var invitation = addressedTo(actor, id);
        roles.put(Objects.requireNonNull(actor.userId()), invitation.assemblyId(), invitation.role(), clock.instant());
        invitations.markAccepted(id, clock.instant());
        audit.record(AuditRecord.of(actor, invitation.assemblyId(), "team.invitation-accepted", "invitation " + id)
                .withChange(null, invitation.role().name()));
    }

    @Transactional
    public void decline(Actor actor, InvitationId id) {
        var invitation = addressedTo(actor, id);
        invitations.markDeclined(id, clock.instant());
        audit.record(AuditRecord.of(actor, invitation.assemblyId(), "team.invitation-declined", "invitation " + id));
    }

    /** Declines through the e-mailed link: holding the link's token is the proof of being the invitee. */
    @Transactional
    public void declineByLink(String token) {
        var invitation = invitations
                .findByTokenHash(Tokens.hash(token))
                .filter(i -> i.isOpenAt(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("token", "invitation.not-open"));
        invitations.markDeclined(invitation.id(), clock.instant());
        var linkHolder = new Actor(null, LINK_HOLDER);
        audit.record(AuditRecord.of(
                linkHolder, invitation.assemblyId(), "team.invitation-declined", "invitation " + invitation.id()));
    }

    /** The open invitation with this id if it is addressed to the actor; otherwise, as if it did not exist. */
    private Invitation addressedTo(Actor actor, InvitationId id) {
        identity.require(actor, Permission.USE_OWN_ACCOUNT);
        String email = emailOf(actor);
        return invitations
                .findById(id)
                .filter(i -> i.isOpenAt(clock.instant()))
                .filter(i -> i.email().equalsIgnoreCase(email))
                .orElseThrow(() -> new InvitationNotFoundException(id));
    }

    private String emailOf(Actor actor) {
        if (actor.userId() == null) {
            throw new PermissionDeniedException("invitations are answered by the invited user");
        }
        return users.findById(actor.userId())
                .map(UserAccount::email)
                .orElseThrow(() -> new PermissionDeniedException("no such account"));
    }
}
