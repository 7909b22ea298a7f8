package org.minipublic.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people to an assembly's team. Every address is invited the same way, whether or not it has an account,
 * so an organiser learns nothing about other people's accounts, and nobody joins a team without accepting. The
 * invitee's side (accepting, declining) is {@link InvitationAnswers}.
 */
@Service
public class TeamInvitations {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final Invitations invitations;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    TeamInvitations(
            UserAccounts users,
            AssemblyRoles roles,
            Invitations invitations,
            Identity identity,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.users = users;
        this.roles = roles;
        this.invitations = invitations;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Invites an address to the team; the e-mail goes out once this commits. A newer invitation of the same address
     * replaces an open one. Only an address already in the team is refused, which the team page shows anyway.
     */
    @Transactional
    public InvitationId invite(Actor actor, AssemblyId assembly, String email, AssemblyRole role, Locale language) {
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        String address = EmailAddresses.normalise("email", email);
        if (users.findByEmail(address)
                .flatMap(u -> roles.roleOf(u.id(), assembly))
                .isPresent()) {
            throw new InvalidInputException("email", "team.invite.already-member");
        }
        var now = clock.instant();
        invitations.revokeOpen(assembly, address, now);
        var invitation = Invitation.open(assembly, address, role, language, now);
        invitations.insert(invitation, actor.userId());
        audit.record(AuditRecord.of(actor, assembly, "team.invitation-sent", "invitation " + invitation.id())
                .withChange(null, role.name()));
        events.publishEvent(new UserInvited(invitation.id(), assembly));
        return invitation.id();
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pending(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        return invitations.open(assembly, clock.instant()).stream()
                .map(i -> new PendingInvitation(i.id(), i.email(), i.role(), i.expiresAt()))
                .toList();
    }

    @Transactional
    public void revoke(Actor actor, AssemblyId assembly, InvitationId id) {
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        var invitation = invitations
                .findById(id)
                .filter(i -> i.assemblyId().equals(assembly))
                .filter(i -> i.isOpenAt(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("invitation", "team.invitation.not-open"));
        invitations.markRevoked(invitation.id(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "team.invitation-revoked", "invitation " + id));
    }

    /**
     * What the e-mail for an open invitation needs, made when the e-mail is written. A new address gets a fresh
     * one-time link (earlier links of this invitation stop working); its token exists only in the returned letter,
     * never in the database, an event or a log. Empty when the invitation is no longer open.
     */
    @Transactional
    public Optional<InvitationLetter> issueLetter(Actor actor, InvitationId id) {
        var invitation = invitations.findById(id).filter(i -> i.isOpenAt(clock.instant()));
        if (invitation.isEmpty()) {
            return Optional.empty();
        }
        var open = invitation.get();
        identity.require(actor, open.assemblyId(), Permission.MANAGE_TEAM);
        if (users.findByEmail(open.email()).isPresent()) {
            return Optional.of(letter(open, baseUrl + "/assemblies", false));
        }
        String token = Tokens.newToken();
        invitations.setTokenHash(id, Tokens.hash(token));
        audit.record(AuditRecord.of(actor, open.assemblyId(), "team.invitation-link-issued", "invitation " + id));
        return Optional.of(letter(open, baseUrl + "/invitations/" + token, true));
    }

    private static InvitationLetter letter(Invitation invitation, String link, boolean oneTime) {
        return new InvitationLetter(
                invitation.id(),
                invitation.assemblyId(),
                invitation.email(),
                invitation.role(),
                invitation.language(),
                link,
                oneTime);
    }
}
