package org.minipublic.app.assembly.web;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives every page whose URL names an assembly (whichever module serves it) the assembly and the current user's
 * permissions in it, for the page heading and the assembly's navigation.
 */
@ControllerAdvice
class CurrentAssemblyAdvice {

    private final Assemblies assemblies;
    private final Identity identity;

    CurrentAssemblyAdvice(Assemblies assemblies, Identity identity) {
        this.assemblies = assemblies;
        this.identity = identity;
    }

    @ModelAttribute("currentAssembly")
    @Nullable
    AssemblyView currentAssembly(@PathVariable(name = "assemblyId", required = false) @Nullable AssemblyId id) {
        return id == null ? null : assemblies.find(id).orElseThrow(() -> new AssemblyNotFoundException(id));
    }

    @ModelAttribute("assemblyPermissions")
    Set<Permission> permissions(
            @PathVariable(name = "assemblyId", required = false) @Nullable AssemblyId id,
            @AuthenticationPrincipal @Nullable MinipublicUser user) {
        return id == null || user == null
                ? EnumSet.noneOf(Permission.class)
                : identity.permissionsIn(user.userId(), id);
    }
}
