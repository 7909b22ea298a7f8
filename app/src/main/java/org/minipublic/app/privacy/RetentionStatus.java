package org.minipublic.app.privacy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an assembly stands with deleting the personal data of people not chosen.
 *
 * @param days how many days after the last draw their data is kept
 * @param purgeOn the first day it may be deleted, once there is a draw: the later of the last draw plus the period
 *     and the day after the assembly's last day (reserves may be needed until then); while the assembly has no days,
 *     the period counts as at least {@link Retention#WITHOUT_DAYS_AT_LEAST}
 * @param waiting respondents whose data would be deleted now (everyone not chosen by a draw)
 * @param keptPeople people whose anonymous answers are kept after earlier deletions
 * @param lastPurge when data was last deleted, and how many people's
 */
public record RetentionStatus(
        int days, @Nullable LocalDate purgeOn, boolean due, int waiting, int keptPeople, @Nullable Purge lastPurge) {

    public record Purge(Instant at, int people, String by) {}
}
