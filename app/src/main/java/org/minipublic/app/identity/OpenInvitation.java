package org.minipublic.app.identity;

import org.minipublic.app.shared.AssemblyId;

/** An invitation link that can still be used, as the page that accepts it shows it. */
public record OpenInvitation(AssemblyId assemblyId, String email, AssemblyRole role) {}
