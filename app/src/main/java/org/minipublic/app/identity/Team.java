package org.minipublic.app.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's team: who holds which role, changing roles and removing people. Joining is by invitation only (see
 * {@link TeamInvitations}). Users outside the team are invisible here: looking one up finds nothing.
 */
@Service
public class Team {

    private final AssemblyRoles roles;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Team(AssemblyRoles roles, Identity identity, AuditLog audit, Clock clock) {
        this.roles = roles;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeamMember> members(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_TEAM);
        return roles.team(assembly);
    }

    /** The team member with this id; empty for anyone outside this assembly's team, whether or not they exist. */
    @Transactional(readOnly = true)
    public Optional<TeamMember> member(Actor actor, AssemblyId assembly, UserId user) {
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        return roles.team(assembly).stream()
                .filter(member -> member.userId().equals(user))
                .findFirst();
    }

    @Transactional
    public void changeRole(Actor actor, AssemblyId assembly, UserId user, AssemblyRole role) {
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        var current = currentRole(assembly, user);
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
        identity.require(actor, assembly, Permission.MANAGE_TEAM);
        var current = currentRole(assembly, user);
        keepAnOrganiser(assembly, current);
        roles.remove(user, assembly);
        audit.record(AuditRecord.of(actor, assembly, "team.member-removed", "user " + user)
                .withChange(current.name(), null));
    }

    /** The same answer for a user outside the team and for no user at all. */
    private AssemblyRole currentRole(AssemblyId assembly, UserId user) {
        return roles.roleOf(user, assembly).orElseThrow(() -> new InvalidInputException("user", "team.not-a-member"));
    }

    /** An assembly always keeps at least one organiser, or nobody could manage it. */
    private void keepAnOrganiser(AssemblyId assembly, AssemblyRole leavingRole) {
        if (leavingRole == AssemblyRole.ORGANISER
                && roles.counts(assembly).getOrDefault(AssemblyRole.ORGANISER, 0) <= 1) {
            throw new InvalidInputException("user", "team.last-organiser");
        }
    }
}
