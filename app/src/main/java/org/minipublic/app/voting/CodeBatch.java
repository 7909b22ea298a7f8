package org.minipublic.app.voting;

import java.time.Instant;
import java.util.UUID;

/**
 * One sheet of slips issued for a ballot.
 *
 * @param used how many of its codes were used, or -1 while that must not be told (before the ballot closes)
 * @param voidable whether it can still be voided (before the ballot opens)
 */
public record CodeBatch(UUID id, int size, int used, Instant issuedAt, boolean voidable) {}
