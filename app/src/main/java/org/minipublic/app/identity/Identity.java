package org.minipublic.app.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what: the questions other modules ask about users and their roles in assemblies. Facades call
 * {@link #require} before any state change, so a missing check in a page cannot open an operation.
 */
@Service
public class Identity {

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    Identity(UserAccounts users, AssemblyRoles roles, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may do what the permission covers in this assembly; disabled users may do nothing. */
    @Transactional(readOnly = true)
    public boolean hasPermission(UserId user, AssemblyId assembly, Permission permission) {
        return policy.holds(user, assembly, permission);
    }

    /** Whether the user holds a permission that names no assembly (platform, own-account or public). */
    @Transactional(readOnly = true)
    public boolean hasPermission(UserId user, Permission permission) {
        requireNotAssemblyScoped(permission);
        return policy.holds(user, null, permission);
    }

    /**
     * Refuses unless the actor holds the permission. The system actor (start-up, demo data, event listeners) acts for
     * the installation and holds every permission; a web request can never act as the system.
     *
     * @throws PermissionDeniedException when the actor lacks the permission
     */
    @Transactional(readOnly = true)
    public void require(Actor actor, Permission permission) {
        requireNotAssemblyScoped(permission);
        if (!actor.isSystem() && !policy.holds(actor.userId(), null, permission)) {
            throw new PermissionDeniedException(permission);
        }
    }

    /** Like {@link #require(Actor, Permission)}, for a permission within one assembly. */
    @Transactional(readOnly = true)
    public void require(Actor actor, AssemblyId assembly, Permission permission) {
        if (!actor.isSystem() && !policy.holds(actor.userId(), assembly, permission)) {
            throw new PermissionDeniedException(permission);
        }
    }

    /** Every assembly permission the user holds in this assembly; empty for disabled users and outsiders. */
    @Transactional(readOnly = true)
    public Set<Permission> permissionsIn(UserId user, AssemblyId assembly) {
        return policy.assemblyPermissions(user, assembly);
    }

    @Transactional(readOnly = true)
    public Optional<AssemblyRole> roleIn(UserId user, AssemblyId assembly) {
        return roles.roleOf(user, assembly);
    }

    /** The assemblies where the user holds a role, with that role. */
    @Transactional(readOnly = true)
    public Map<AssemblyId, AssemblyRole> rolesOf(UserId user) {
        return roles.rolesOf(user);
    }

    @Transactional(readOnly = true)
    public boolean isPlatformAdmin(UserId user) {
        return users.findById(user)
                .filter(UserAccount::enabled)
                .map(UserAccount::platformAdmin)
                .orElse(false);
    }

    /**
     * Gives a user a role without asking them: only the system may (demo data, imports). People join a team by
     * accepting an invitation, so nobody is put into an assembly against their will.
     */
    @Transactional
    public void grantRole(Actor actor, AssemblyId assembly, UserId user, AssemblyRole role) {
        if (!actor.isSystem()) {
            throw new PermissionDeniedException("only the system grants roles without an invitation");
        }
        put(actor, assembly, user, role);
    }

    /** Makes the creator of a new assembly, which has no team yet, its first organiser. */
    @Transactional
    public void appointFirstOrganiser(Actor actor, AssemblyId assembly) {
        require(actor, Permission.CREATE_ASSEMBLY);
        if (actor.userId() == null || !roles.counts(assembly).isEmpty()) {
            throw new PermissionDeniedException("only the creator of an assembly without a team becomes its organiser");
        }
        put(actor, assembly, actor.userId(), AssemblyRole.ORGANISER);
    }

    @Transactional(readOnly = true)
    public Map<AssemblyRole, Integer> teamCounts(AssemblyId assembly) {
        return roles.counts(assembly);
    }

    private void put(Actor actor, AssemblyId assembly, UserId user, AssemblyRole role) {
        var previous = roles.roleOf(user, assembly);
        roles.put(user, assembly, role, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "team.role-granted", "user " + user)
                .withChange(previous.map(Enum::name).orElse(null), role.name()));
    }

    private static void requireNotAssemblyScoped(Permission permission) {
        if (permission.isAssemblyScoped()) {
            throw new IllegalArgumentException(permission + " applies within an assembly: name the assembly");
        }
    }
}
