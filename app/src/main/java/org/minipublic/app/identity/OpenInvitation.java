package org.minipublic.app.identity;

import org.minipublic.app.shared.AssemblyId;

/**
 * An invitation link that can still be used, as the page that accepts it shows it. The link's holder owns the
 * address, so the page may tell them whether it already has an account (then they log in to answer).
 */
public record OpenInvitation(AssemblyId assemblyId, String email, AssemblyRole role, boolean hasAccount) {}
