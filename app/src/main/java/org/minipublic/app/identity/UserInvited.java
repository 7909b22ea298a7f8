package org.minipublic.app.identity;

import org.minipublic.app.shared.AssemblyId;

/**
 * Someone was invited to an assembly's team. Published for the notifications module, which asks
 * {@link TeamInvitations#issueLetter} for what the e-mail needs. The event carries ids only: no address and no link,
 * because the publication registry stores events as they are.
 */
public record UserInvited(InvitationId invitationId, AssemblyId assemblyId) {}
