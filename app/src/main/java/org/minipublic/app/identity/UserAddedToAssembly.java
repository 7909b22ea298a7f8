package org.minipublic.app.identity;

import java.util.Locale;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;

/**
 * An existing user was given a role in an assembly without needing an invitation link. Published for the
 * notifications module, which tells them by e-mail.
 */
public record UserAddedToAssembly(
        UserId userId, AssemblyId assemblyId, String email, AssemblyRole role, String assemblyUrl, Locale locale) {}
