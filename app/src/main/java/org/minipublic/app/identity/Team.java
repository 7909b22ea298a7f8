package org.minipublic.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An assembly's team: who holds which role, and invitations to join. */
@Service
public class Team {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final Invitations invitations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    Team(
            UserAccounts users,
            AssemblyRoles roles,
            Invitations invitations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.users = users;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Transactional(readOnly = true)
    public List<TeamMember> members(AssemblyId assembly) {
        return roles.team(assembly);
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingInvitations(AssemblyId assembly) {
        return invitations.open(assembly, clock.instant()).stream()
                .map(i -> new PendingInvitation(i.id(), i.email(), i.role(), i.expiresAt()))
                .toList();
    }

    /**
     * Invites an address to the team. An address that already has an account gets the role at once; any other gets
     * a link, valid for {@link #INVITATION_VALIDITY}, that replaces earlier links to the same address.
     */
    @Transactional
    public InviteOutcome invite(Actor actor, AssemblyId assembly, String email, AssemblyRole role, Locale locale) {
        String address = EmailAddresses.normalise("email", email);
        var existing = users.findByEmail(address);
        if (existing.isPresent()) {
            var user = existing.get();
            if (roles.roleOf(user.id(), assembly).isPresent()) {
                throw new InvalidInputException("email", "team.invite.already-member");
            }
            roles.put(user.id(), assembly, role, clock.instant());
            audit.record(AuditRecord.of(actor, assembly, "team.member-added", "user " + user.id())
                    .withChange(null, role.name()));
            events.publishEvent(new UserAddedToAssembly(
                    user.id(), assembly, user.email(), role, baseUrl + "/assemblies/" + assembly, locale));
            return InviteOutcome.ADDED;
        }
        var now = clock.instant();
        invitations.revokeOpen(assembly, address, now);
        String token = Tokens.newToken();
        var invitation = new Invitation(
                InvitationId.random(),
                assembly,
                address,
                role,
                Tokens.hash(token),
                now,
                now.plus(INVITATION_VALIDITY),
                null,
                null);
        invitations.insert(invitation, actor.userId());
        audit.record(AuditRecord.of(actor, assembly, "team.invitation-sent", "invitation " + invitation.id())
                .withChange(null, role.name()));
        events.publishEvent(
                new UserInvited(invitation.id(), assembly, address, role, baseUrl + "/invitations/" + token, locale));
        return InviteOutcome.INVITED;
    }

    @Transactional
    public void changeRole(Actor actor, AssemblyId assembly, UserId user, AssemblyRole role) {
        var current =
                roles.roleOf(user, assembly).orElseThrow(() -> new InvalidInputException("user", "team.not-a-member"));
        if (current == role) {
            return;
        }
        keepAnOrganiser(assembly, current);
        roles.put(user, assembly, role, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "team.role-changed", "user " + user)
                .withChange(current.name(), role.name()));
    }

    @Transactional
    public void remove(Actor actor, AssemblyId assembly, UserId user) {
        var current =
                roles.roleOf(user, assembly).orElseThrow(() -> new InvalidInputException("user", "team.not-a-member"));
        keepAnOrganiser(assembly, current);
        roles.remove(user, assembly);
        audit.record(AuditRecord.of(actor, assembly, "team.member-removed", "user " + user)
                .withChange(current.name(), null));
    }

    @Transactional
    public void revokeInvitation(Actor actor, AssemblyId assembly, InvitationId id) {
        var invitation = invitations
                .findById(id)
                .filter(i -> i.assemblyId().equals(assembly))
                .filter(i -> i.isOpenAt(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("invitation", "team.invitation.not-open"));
        invitations.markRevoked(invitation.id(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "team.invitation-revoked", "invitation " + id));
    }

    /** An assembly always keeps at least one organiser, or nobody could manage it. */
    private void keepAnOrganiser(AssemblyId assembly, AssemblyRole leavingRole) {
        if (leavingRole == AssemblyRole.ORGANISER
                && roles.counts(assembly).getOrDefault(AssemblyRole.ORGANISER, 0) <= 1) {
            throw new InvalidInputException("user", "team.last-organiser");
        }
    }
}
