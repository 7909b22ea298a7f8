package org.minipublic.app.voting;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser sets when preparing a ballot.
 *
 * @param requires a ballot that must close with every item adopted before this one may open, or null
 */
public record BallotDetails(String title, BallotMethod method, @Nullable BallotId requires) {

    public BallotDetails {
        // Stored as checked: a title of spaces around its words is kept without them.
        title = title.strip();
    }
}
