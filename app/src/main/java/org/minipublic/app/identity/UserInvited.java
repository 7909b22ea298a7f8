package org.minipublic.app.identity;

import java.util.Locale;
import org.minipublic.app.shared.AssemblyId;

/**
 * Someone was invited to an assembly's team; the link in {@code acceptUrl} lets them create an account. Published
 * for the notifications module, which sends the e-mail. The event carries the address because the link's token is
 * stored only as a hash; the delivered event is deleted.
 */
public record UserInvited(
        InvitationId invitationId,
        AssemblyId assemblyId,
        String email,
        AssemblyRole role,
        String acceptUrl,
        Locale locale) {}
