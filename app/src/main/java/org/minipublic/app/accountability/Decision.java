package org.minipublic.app.accountability;

import java.util.List;
import java.util.UUID;

/** What a review meeting decided, and the actions and recommendations the decision is about (either may be none). */
public record Decision(UUID id, String body, List<ActionId> actions, List<RecommendationId> recommendations) {

    public Decision {
        actions = List.copyOf(actions);
        recommendations = List.copyOf(recommendations);
    }
}
