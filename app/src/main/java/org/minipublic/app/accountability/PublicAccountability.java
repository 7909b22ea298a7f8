package org.minipublic.app.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published record of what the institution did with an assembly's recommendations, for the public pages. */
@Service
public class PublicAccountability {

    static final int FEED_LIMIT = 50;

    private final RecommendationRecords recommendations;
    private final ActionRecords actions;
    private final VerdictRecords verdicts;
    private final MeetingRecords meetings;
    private final Clock clock;

    PublicAccountability(
            RecommendationRecords recommendations,
            ActionRecords actions,
            VerdictRecords verdicts,
            MeetingRecords meetings,
            Clock clock) {
        this.recommendations = recommendations;
        this.actions = actions;
        this.verdicts = verdicts;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The assembly's record, or empty when its organisers have not published it. */
    @Transactional(readOnly = true)
    public Optional<PublicRecord> published(AssemblyId assembly) {
        var settings = recommendations.settings(assembly);
        if (!settings.published()) {
            return Optional.empty();
        }
        var plan = actions.plan(assembly);
        var updates = plan.updates();
        return Optional.of(new PublicRecord(
                recommendations.all(assembly),
                plan.actions(),
                updates.subList(0, Math.min(FEED_LIMIT, updates.size())),
                meetings.all(assembly),
                publishedVerdicts(assembly),
                settings.responseDue(),
                LocalDate.now(clock)));
    }

    /** The figures of the members' verdict, when the organisers have published the closed round. */
    private Map<RecommendationId, VerdictFigures> publishedVerdicts(AssemblyId assembly) {
        boolean published =
                verdicts.round(assembly).filter(VerdictRound::published).isPresent();
        return published ? verdicts.figures(assembly) : Map.of();
    }
}
