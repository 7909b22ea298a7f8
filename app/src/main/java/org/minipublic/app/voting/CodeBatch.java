package org.minipublic.app.voting;

import java.time.Instant;
import java.util.UUID;

/**
 * One sheet of slips issued for a ballot.
 *
 * @param used always -1: how many of a batch's codes were used is not kept (ADR 12)
 * @param voidable whether it can still be voided (before the ballot opens)
 */
public record CodeBatch(UUID id, int size, int used, Instant issuedAt, boolean voidable) {}
