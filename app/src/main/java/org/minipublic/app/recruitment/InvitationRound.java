package org.minipublic.app.recruitment;

import java.time.Instant;

/**
 * One run of the invitation lottery, as recorded: everything needed to re-run it from the address list.
 *
 * @param settings how the organiser asked for it, as {@link RoundSettings#describe()} wrote it
 * @param inputDigest SHA-256 of the households it drew from, in list order (see {@link RoundDigest})
 * @param drawnBy the audit log's name for who drew it
 */
public record InvitationRound(
        RoundId id,
        int number,
        int letters,
        boolean byArea,
        String settings,
        long seed,
        String inputDigest,
        Instant drawnAt,
        String drawnBy) {}
