package org.minipublic.app.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.minipublic.app.shared.AssemblyId;

/**
 * One action of the plan: what will be done, who owns it, which recommendations it answers, its milestones and its
 * progress updates, newest first.
 */
public record Action(
        ActionId id,
        AssemblyId assembly,
        ActionText text,
        ActionStatus status,
        List<Milestone> milestones,
        List<ProgressUpdate> updates,
        Instant createdAt,
        int version) {

    public Action {
        milestones = List.copyOf(milestones);
        updates = List.copyOf(updates);
    }

    public List<RecommendationId> recommendations() {
        return text.recommendations();
    }

    public String title() {
        return text.title();
    }

    /** Whether a milestone is past its date and not done. */
    public boolean overdue(LocalDate today) {
        return milestones.stream().anyMatch(m -> m.overdue(today));
    }
}
