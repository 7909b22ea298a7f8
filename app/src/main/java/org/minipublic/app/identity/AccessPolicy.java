package org.minipublic.app.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Reads {@link Permission}'s table against the database: whether a user holds a permission, given the scope it
 * applies in. Roles are read on every check, so a change takes effect at once; disabled users hold nothing.
 */
@Component
class AccessPolicy {

    private final UserAccounts users;
    private final AssemblyRoles roles;

    AccessPolicy(UserAccounts users, AssemblyRoles roles) {
        this.users = users;
        this.roles = roles;
    }

    boolean holds(@Nullable UserId user, @Nullable AssemblyId assembly, Permission permission) {
        if (permission.scope() == Permission.Scope.PUBLIC) {
            return true;
        }
        var account = enabledAccount(user);
        if (account.isEmpty()) {
            return false;
        }
        if (account.get().platformAdmin()) {
            return true;
        }
        UserId id = account.get().id();
        return switch (permission.scope()) {
            case PUBLIC, USER -> true;
            case PLATFORM -> roles.rolesOf(id).values().stream().anyMatch(permission::grantedTo);
            case ASSEMBLY ->
                assembly != null
                        && roles.roleOf(id, assembly)
                                .filter(permission::grantedTo)
                                .isPresent();
        };
    }

    /** Every assembly-scoped permission the user holds in this assembly, read with one look-up of the role. */
    Set<Permission> assemblyPermissions(UserId user, AssemblyId assembly) {
        var granted = EnumSet.noneOf(Permission.class);
        var account = enabledAccount(user);
        if (account.isEmpty()) {
            return granted;
        }
        boolean admin = account.get().platformAdmin();
        var role = admin ? Optional.<AssemblyRole>empty() : roles.roleOf(user, assembly);
        for (var permission : Permission.values()) {
            if (permission.isAssemblyScoped()
                    && (admin || role.filter(permission::grantedTo).isPresent())) {
                granted.add(permission);
            }
        }
        return granted;
    }

    private Optional<UserAccount> enabledAccount(@Nullable UserId user) {
        return user == null ? Optional.empty() : users.findById(user).filter(UserAccount::enabled);
    }
}
