package org.minipublic.app.members;

import org.minipublic.app.shared.AssemblyId;

/** Someone became a member of an assembly (selected and confirmed, imported, or added by hand). Ids only. */
public record MemberEnrolled(AssemblyId assembly, MemberId member) {}
