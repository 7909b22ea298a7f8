package org.minipublic.app.selection;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One draw as stored: what it was asked to do, how far it got and, once done, the figures anyone may see. The
 * figures hold no personal data.
 *
 * @param number the draw's number within its assembly, from 1
 * @param seedSource {@code typed} when the organiser gave the seed, {@code generated} when the app picked it
 * @param progress the engine's latest progress message, while running
 * @param failure why the draw failed, in the engine's plain words (or a message key of the app's own)
 * @param leftOut respondents left out because a category value is missing (someone too young for any age band)
 * @param finished false when the engine's time limit stopped it before it was sure the lottery was the fairest
 * @param replaces for a replacement draw, the draw whose withdrawn members it replaces
 */
public record Draw(
        DrawId id,
        int number,
        TargetSetId targets,
        int targetsVersion,
        int panelSize,
        String algorithm,
        long seed,
        String seedSource,
        List<String> witnesses,
        Status status,
        String progress,
        Instant startedAt,
        String startedBy,
        @Nullable Instant finishedAt,
        @Nullable String failure,
        @Nullable Integer poolSize,
        @Nullable Integer leftOut,
        @Nullable Double smallestChance,
        @Nullable Double largestChance,
        @Nullable Boolean finished,
        @Nullable String targetsDigest,
        @Nullable String peopleDigest,
        @Nullable String engineVersion,
        @Nullable DrawId replaces) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public Draw {
        witnesses = List.copyOf(witnesses);
    }

    /** The witnesses one per line, as the new-draw form takes them. */
    public String witnessLines() {
        return String.join("\n", witnesses);
    }

    public boolean done() {
        return status == Status.DONE;
    }

    /** A chance as a multiple of the panel's share of the pool (k/n): 1 means everyone's fair share. */
    public @Nullable Double inFairShares(@Nullable Double chance) {
        return chance == null || poolSize == null || poolSize == 0 ? null : chance * poolSize / panelSize;
    }
}
