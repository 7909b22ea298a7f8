package org.minipublic.app.members;

import java.io.Serializable;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;

/**
 * A member signed in to the portal with their card, as the session keeps them: who, in which assembly, and with which
 * card, so that printing a new card or withdrawing the member ends the session at its next request.
 */
public record PortalMember(MemberId member, AssemblyId assembly, UUID card) implements Serializable {}
