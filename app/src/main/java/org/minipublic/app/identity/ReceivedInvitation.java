package org.minipublic.app.identity;

import java.time.Instant;
import org.minipublic.app.shared.AssemblyId;

/** An open invitation addressed to the logged-in user, waiting for their answer. */
public record ReceivedInvitation(InvitationId id, AssemblyId assemblyId, AssemblyRole role, Instant expiresAt) {}
