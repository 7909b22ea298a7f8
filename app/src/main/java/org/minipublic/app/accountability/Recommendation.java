package org.minipublic.app.accountability;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * One of the assembly's recommendations, with how it was voted on (when it came from a ballot) and the institution's
 * response (when there is one).
 */
public record Recommendation(
        RecommendationId id,
        AssemblyId assembly,
        int position,
        String title,
        String body,
        @Nullable VoteFigure vote,
        @Nullable Response response) {

    /** Whether the response is missing although it was due before {@code today}. */
    public boolean overdue(@Nullable LocalDate due, LocalDate today) {
        return response == null && due != null && today.isAfter(due);
    }
}
