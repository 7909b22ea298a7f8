package org.minipublic.app.identity;

import java.time.Clock;
import java.util.EnumSet;
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

/** Who may do what: the questions other modules ask about users and their roles in assemblies. */
@Service
public class Identity {

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final AuditLog audit;
    private final Clock clock;

    Identity(UserAccounts users, AssemblyRoles roles, AuditLog audit, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may do what the permission covers in this assembly; disabled users may do nothing. */
    @Transactional(readOnly = true)
    public boolean hasPermission(UserId user, AssemblyId assembly, Permission permission) {
        return permissionsIn(user, assembly).contains(permission);
    }

    /** Every permission the user holds in this assembly; empty for disabled users and outsiders. */
    @Transactional(readOnly = true)
    public Set<Permission> permissionsIn(UserId user, AssemblyId assembly) {
        var account = users.findById(user).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return EnumSet.noneOf(Permission.class);
        }
        if (account.get().platformAdmin()) {
            return EnumSet.allOf(Permission.class);
        }
        var granted = EnumSet.noneOf(Permission.class);
        roles.roleOf(user, assembly).ifPresent(role -> {
            for (var permission : Permission.values()) {
                if (permission.grantedTo(role)) {
                    granted.add(permission);
                }
            }
        });
        return granted;
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

    /** Platform administrators and anyone who organises an assembly may start a new one. */
    @Transactional(readOnly = true)
    public boolean canCreateAssemblies(UserId user) {
        return isPlatformAdmin(user) || roles.holdsAnywhere(user, AssemblyRole.ORGANISER);
    }

    /** Gives the user a role in the assembly (replacing any role they had there) and records it. */
    @Transactional
    public void grantRole(Actor actor, AssemblyId assembly, UserId user, AssemblyRole role) {
        var previous = roles.roleOf(user, assembly);
        roles.put(user, assembly, role, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "team.role-granted", "user " + user)
                .withChange(previous.map(Enum::name).orElse(null), role.name()));
    }

    @Transactional(readOnly = true)
    public Map<AssemblyRole, Integer> teamCounts(AssemblyId assembly) {
        return roles.counts(assembly);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(UserId user) {
        return users.findById(user).map(UserAccount::displayName);
    }
}
