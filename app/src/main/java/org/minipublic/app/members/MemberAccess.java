package org.minipublic.app.members;

import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/** The permission checks of this module: who may do what, and what of a member a reader may see. */
@Component
class MemberAccess {

    private final Identity identity;

    MemberAccess(Identity identity) {
        this.identity = identity;
    }

    void require(Actor actor, AssemblyId assembly, Permission permission) {
        identity.require(actor, assembly, permission);
    }

    Sight sight(Actor actor, AssemblyId assembly) {
        var user = actor.userId();
        if (user == null) {
            return Sight.EVERYTHING;
        }
        var held = identity.permissionsIn(user, assembly);
        return new Sight(held.contains(Permission.MANAGE_MEMBERS), held.contains(Permission.VIEW_WELLBEING_NOTES));
    }
}
