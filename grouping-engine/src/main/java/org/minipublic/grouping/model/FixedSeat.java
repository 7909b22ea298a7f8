package org.minipublic.grouping.model;

import org.jspecify.annotations.Nullable;

/**
 * A member who must sit at a given table: in one session, or in every session when {@code session} is null. Sessions
 * and tables are numbered from 1.
 */
public record FixedSeat(MemberId member, @Nullable Integer session, int table) {}
