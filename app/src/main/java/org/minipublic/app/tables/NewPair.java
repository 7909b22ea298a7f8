package org.minipublic.app.tables;

import org.minipublic.app.members.MemberId;

/** Keep these two members apart or together from now on, for this reason (optional). */
public record NewPair(MemberId one, MemberId other, PairKind kind, String reason) {}
