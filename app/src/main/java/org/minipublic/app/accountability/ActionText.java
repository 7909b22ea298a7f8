package org.minipublic.app.accountability;

import java.util.List;

/** An action as its owner describes it, with the recommendations it answers. */
public record ActionText(
        String title, String description, String owner, String partners, List<RecommendationId> recommendations) {

    public ActionText {
        title = title.strip();
        description = description.strip().replace("\r\n", "\n");
        owner = owner.strip();
        partners = partners.strip();
        recommendations = List.copyOf(new java.util.LinkedHashSet<>(recommendations));
    }
}
