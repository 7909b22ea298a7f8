package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting that reviewed the action plan (the community safety partnership's quarterly review, say): when, who
 * attended as bodies or roles, the minutes and the decisions in the order recorded. Public record once the plan is
 * published.
 */
public record ReviewMeeting(
        MeetingId id,
        LocalDate heldOn,
        String title,
        String attendees,
        String minutes,
        List<Decision> decisions,
        int version) {

    public ReviewMeeting {
        decisions = List.copyOf(decisions);
    }

    /** One decision with the meeting that took it, for the pages of the actions and recommendations it is about. */
    public record Taken(ReviewMeeting meeting, Decision decision) {}

    /** The decisions about one action, from the meetings given, in their order. */
    public static List<Taken> about(List<ReviewMeeting> meetings, ActionId action) {
        return meetings.stream()
                .flatMap(m -> m.decisions().stream()
                        .filter(d -> d.actions().contains(action))
                        .map(d -> new Taken(m, d)))
                .toList();
    }

    /** The decisions about one recommendation, from the meetings given, in their order. */
    public static List<Taken> about(List<ReviewMeeting> meetings, RecommendationId recommendation) {
        return meetings.stream()
                .flatMap(m -> m.decisions().stream()
                        .filter(d -> d.recommendations().contains(recommendation))
                        .map(d -> new Taken(m, d)))
                .toList();
    }
}
