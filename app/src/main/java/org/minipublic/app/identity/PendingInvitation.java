package org.minipublic.app.identity;

import java.time.Instant;

/** An invitation that has been sent and not yet accepted, revoked or expired. */
public record PendingInvitation(InvitationId id, String email, AssemblyRole role, Instant expiresAt) {}
