package org.minipublic.app.selection;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.ceremony.PublicNumber;

/**
 * A draw ceremony (glossary: draw ceremony): the lottery committed to before the panel number is known, and the panel
 * number taken afterwards from digits drawn in public. The commitment and its SHA-256 name people by pseudonym only,
 * so they may be published.
 *
 * @param number the ceremony's number within its assembly, from 1
 * @param failure why computing the lottery failed (the engine's plain words, or a message key of the app's own)
 * @param commitment the text committed to ({@code minipublic-ceremony/1}), once computed
 * @param lottery the commitment read, once when the record is read rather than on every use
 * @param digits the digits drawn in public, as entered (digits only), once revealed
 * @param revealedBy who entered the digits, as the audit log names them
 * @param draw the draw the reveal started (the latest, if it was run again)
 * @param cancellation who called the ceremony off before its digits were drawn, when and why
 */
public record Ceremony(
        CeremonyId id,
        int number,
        TargetSetId targets,
        String algorithm,
        long seed,
        String seedSource,
        List<String> witnesses,
        Status status,
        @Nullable String failure,
        Instant startedAt,
        String startedBy,
        @Nullable String commitment,
        @Nullable Commitment lottery,
        @Nullable String sha256,
        @Nullable Instant committedAt,
        @Nullable String digits,
        @Nullable Integer panelNumber,
        @Nullable Instant revealedAt,
        @Nullable String revealedBy,
        @Nullable DrawId draw,
        @Nullable Cancellation cancellation) {

    public enum Status {
        COMMITTING,
        COMMITTED,
        REVEALED,
        FAILED,
        /** Called off before the digits were drawn; its commitment stays public with the reason. */
        CANCELLED
    }

    /** A committed ceremony called off: when, by whom (as the audit log names them) and the reason given. */
    public record Cancellation(Instant at, String by, String reason) {}

    public Ceremony {
        witnesses = List.copyOf(witnesses);
        if ((commitment == null) != (lottery == null)) {
            throw new IllegalArgumentException("a commitment comes with its reading");
        }
    }

    /** The committed lottery; only once computed. */
    public Commitment committedLottery() {
        return java.util.Objects.requireNonNull(lottery);
    }

    public boolean committed() {
        return status == Status.COMMITTED;
    }

    public boolean revealed() {
        return status == Status.REVEALED;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /** Whether its commitment exists and may be published: waiting for digits, revealed, or cancelled after all. */
    public boolean published() {
        return committed() || revealed() || cancelled();
    }

    /** How many digits make one group, as the commitment says; 0 before it is computed. */
    public int digitsPerGroup() {
        return commitment == null
                ? 0
                : PublicNumber.digitsPerGroup(committedLottery().lotterySize());
    }

    /** How the digits gave the panel number: the group used, groups passed over, digits not needed. */
    public PublicNumber.@Nullable Draw reveal() {
        return digits == null || commitment == null
                ? null
                : PublicNumber.panel(digits, committedLottery().lotterySize());
    }

    /** The panel that the revealed number picked, as pseudonyms; empty before the reveal. */
    public List<String> panel() {
        return panelNumber == null || commitment == null
                ? List.of()
                : committedLottery().panels().get(panelNumber - 1);
    }

    /** The result as the command line's {@code ceremony reveal} writes it, so that its {@code verify} reads it. */
    public @Nullable String resultText() {
        var reveal = reveal();
        return reveal == null ? null : committedLottery().result(java.util.Objects.requireNonNull(digits), reveal);
    }
}
