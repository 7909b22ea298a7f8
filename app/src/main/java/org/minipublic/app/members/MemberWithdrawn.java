package org.minipublic.app.members;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A member stopped taking part. Table plans drop them from later sessions; selection may draw a replacement.
 *
 * @param replacement the member who took their place, if one is named yet
 */
public record MemberWithdrawn(AssemblyId assembly, MemberId member, @Nullable MemberId replacement) {}
