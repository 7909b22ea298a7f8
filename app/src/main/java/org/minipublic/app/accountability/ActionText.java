package org.minipublic.app.accountability;

import java.util.List;

/**
 * An action as its owner describes it, with the recommendations it answers.
 *
 * @param ownerEmail where reminders to the owner go, or empty: an officer's address, never shown to the public
 */
public record ActionText(
        String title,
        String description,
        String owner,
        String partners,
        List<RecommendationId> recommendations,
        String ownerEmail) {

    public ActionText {
        title = title.strip();
        description = description.strip().replace("\r\n", "\n");
        owner = owner.strip();
        partners = partners.strip();
        recommendations = List.copyOf(new java.util.LinkedHashSet<>(recommendations));
        ownerEmail = ownerEmail.strip();
    }

    /** An action without an address for reminders. */
    public ActionText(
            String title, String description, String owner, String partners, List<RecommendationId> recommendations) {
        this(title, description, owner, partners, recommendations, "");
    }
}
