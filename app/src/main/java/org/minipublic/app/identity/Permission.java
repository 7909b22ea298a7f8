package org.minipublic.app.identity;

import static org.minipublic.app.identity.AssemblyRole.ADVISORY_BOARD;
import static org.minipublic.app.identity.AssemblyRole.FACILITATOR;
import static org.minipublic.app.identity.AssemblyRole.INSTITUTION_OFFICER;
import static org.minipublic.app.identity.AssemblyRole.MEMBER;
import static org.minipublic.app.identity.AssemblyRole.ORGANISER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The access policy: every right a page or a facade operation can require, and who holds it. Every handler names
 * one of these with {@link RequiresPermission}, and every state-changing facade operation checks one against its
 * {@code Actor}. Platform administrators hold every permission of every scope. {@code AccessMatrixIntegrationTests}
 * checks this table handler by handler and person by person.
 */
public enum Permission {

    // Anyone, logged in or not: the login page, and pages behind a one-time link whose token is the key.
    OPEN_PUBLIC_PAGE(Scope.PUBLIC),

    // Every logged-in user, for what concerns only them: their assemblies, invitations addressed to them.
    USE_OWN_ACCOUNT(Scope.USER),

    // The whole installation. Roles listed here grant the permission when held in any assembly.
    CREATE_ASSEMBLY(Scope.PLATFORM, ORGANISER),
    MANAGE_ACCOUNTS(Scope.PLATFORM),
    VIEW_PLATFORM_AUDIT(Scope.PLATFORM),
    MANAGE_OUTBOX(Scope.PLATFORM),

    // One assembly. Roles listed here grant the permission in the assembly where they are held.
    VIEW_DASHBOARD(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    EDIT_ASSEMBLY(Scope.ASSEMBLY, ORGANISER),
    VIEW_TEAM(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD),
    MANAGE_TEAM(Scope.ASSEMBLY, ORGANISER),
    VIEW_AUDIT(Scope.ASSEMBLY, ORGANISER),
    MANAGE_RECRUITMENT(Scope.ASSEMBLY, ORGANISER),
    VIEW_MEMBER_PAGE(Scope.ASSEMBLY, MEMBER, ORGANISER, FACILITATOR);

    /** Where a permission applies, which decides what a check needs to know besides the user. */
    public enum Scope {
        /** Needs nobody: granted to every visitor. */
        PUBLIC,
        /** Needs a logged-in, enabled user. */
        USER,
        /** Needs a user; granted to administrators and to the listed roles held anywhere. */
        PLATFORM,
        /** Needs a user and an assembly; granted to administrators and to the listed roles held there. */
        ASSEMBLY
    }

    private final Scope scope;
    private final Set<AssemblyRole> roles;

    Permission(Scope scope, AssemblyRole... roles) {
        this.scope = scope;
        this.roles = roles.length == 0 ? EnumSet.noneOf(AssemblyRole.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    public Scope scope() {
        return scope;
    }

    /** Whether holding this role (in the assembly, or anywhere for platform permissions) grants the permission. */
    public boolean grantedTo(AssemblyRole role) {
        return roles.contains(role);
    }

    public boolean isAssemblyScoped() {
        return scope == Scope.ASSEMBLY;
    }
}
