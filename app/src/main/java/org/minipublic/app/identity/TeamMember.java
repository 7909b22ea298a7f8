package org.minipublic.app.identity;

import org.minipublic.app.shared.UserId;

/** A user who holds a role in an assembly, as the team page lists them. */
public record TeamMember(UserId userId, String displayName, String email, AssemblyRole role, boolean enabled) {}
