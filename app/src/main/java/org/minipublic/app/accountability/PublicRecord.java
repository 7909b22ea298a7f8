package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What residents see of an assembly's accountability once it is published: the recommendations with their votes and
 * responses, the action plan and its updates. Nothing in it names a member.
 *
 * @param meetings the review meetings, the latest held first, with their minutes and decisions
 * @param verdicts the figures of the members' verdict on each response, once the organisers publish them
 * @param responseDue the date the institution promised to respond by, or null
 * @param today the date overdue flags are judged against
 */
public record PublicRecord(
        List<Recommendation> recommendations,
        List<Action> actions,
        List<ProgressUpdate> updates,
        List<ReviewMeeting> meetings,
        Map<RecommendationId, VerdictFigures> verdicts,
        @Nullable LocalDate responseDue,
        LocalDate today) {

    public PublicRecord {
        recommendations = List.copyOf(recommendations);
        actions = List.copyOf(actions);
        updates = List.copyOf(updates);
        meetings = List.copyOf(meetings);
        verdicts = Map.copyOf(verdicts);
    }

    /** The figures of the members' verdict on one response, or null when none are published. */
    public @Nullable VerdictFigures verdictFor(RecommendationId recommendation) {
        return verdicts.get(recommendation);
    }

    /** The actions answering one recommendation. */
    public List<Action> actionsFor(RecommendationId recommendation) {
        return actions.stream()
                .filter(a -> a.recommendations().contains(recommendation))
                .toList();
    }

    /** The review meetings' decisions about one action. */
    public List<ReviewMeeting.Taken> decisionsAbout(ActionId action) {
        return ReviewMeeting.about(meetings, action);
    }

    /** The review meetings' decisions about one recommendation. */
    public List<ReviewMeeting.Taken> decisionsAbout(RecommendationId recommendation) {
        return ReviewMeeting.about(meetings, recommendation);
    }
}
