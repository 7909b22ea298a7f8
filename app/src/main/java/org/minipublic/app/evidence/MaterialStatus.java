package org.minipublic.app.evidence;

import java.util.Locale;

/**
 * Where a material is in the advisory board's review. Organisers write and submit; the advisory board starts a
 * review and approves or asks for changes; organisers publish what was approved. A new version of an approved or
 * published material sends it back to {@link #SUBMITTED}.
 */
public enum MaterialStatus {
    /** Being written; only the team sees it. */
    DRAFT,
    /** Ready for the advisory board. */
    SUBMITTED,
    /** An advisory board member is reviewing it. */
    IN_REVIEW,
    /** The advisory board asked for changes, with a comment saying which. */
    CHANGES_REQUESTED,
    /** The advisory board approved its newest versions. */
    APPROVED,
    /** Organisers published the approved versions. */
    PUBLISHED;

    /**
     * The status after a new version (of the original or a translation) is added. A review under way starts again
     * too: an approval must only ever cover versions the advisory board could have read.
     */
    MaterialStatus afterNewVersion() {
        return this == APPROVED || this == PUBLISHED || this == IN_REVIEW ? SUBMITTED : this;
    }

    public String messageKey() {
        return "evidence.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
