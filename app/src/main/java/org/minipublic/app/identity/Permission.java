package org.minipublic.app.identity;

import static org.minipublic.app.identity.AssemblyRole.ADVISORY_BOARD;
import static org.minipublic.app.identity.AssemblyRole.FACILITATOR;
import static org.minipublic.app.identity.AssemblyRole.INSTITUTION_OFFICER;
import static org.minipublic.app.identity.AssemblyRole.MEMBER;
import static org.minipublic.app.identity.AssemblyRole.ORGANISER;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a page or action within one assembly requires, and which roles grant it. Platform administrators hold every
 * permission in every assembly. This table is the access policy; the security tests check it page by page.
 */
public enum Permission {
    VIEW_DASHBOARD(ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    EDIT_ASSEMBLY(ORGANISER),
    VIEW_TEAM(ORGANISER, FACILITATOR, ADVISORY_BOARD),
    MANAGE_TEAM(ORGANISER),
    VIEW_AUDIT(ORGANISER),
    MANAGE_RECRUITMENT(ORGANISER),
    VIEW_MEMBER_PAGE(MEMBER, ORGANISER, FACILITATOR);

    private final Set<AssemblyRole> roles;

    Permission(AssemblyRole first, AssemblyRole... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(AssemblyRole role) {
        return roles.contains(role);
    }
}
