package org.minipublic.app.selection;

import java.time.Instant;
import java.util.List;
import org.minipublic.app.recruitment.RespondentId;

/**
 * The alternates chosen for a first draw's panel: who to ask, in order, when members drop out, and how close to its
 * targets the panel is expected to stay with them (average weighted deviation over sampled dropout scenarios, fresh
 * ones not used in choosing), next to the first ones of the ranked reserve list and to no alternates at all.
 *
 * @param number the choice's number among the draw's choices, from 1 (each new choice is kept beside the earlier)
 * @param rates the stay rates the choice used, estimated from the panel's withdrawals
 * @param optimal whether the choice is proved the best on the sampled scenarios, else the best found in the time limit
 */
public record AlternatesChoice(
        DrawId draw,
        int number,
        Instant chosenAt,
        String chosenBy,
        int budget,
        int scenarios,
        StayRateEstimate rates,
        List<RespondentId> alternates,
        double expectedDeviation,
        double reserveListDeviation,
        double withoutAlternates,
        boolean optimal) {

    public AlternatesChoice {
        alternates = List.copyOf(alternates);
    }

    /** The alternates the panel's draws have not chosen since: neither holding a seat nor withdrawn. */
    public List<RespondentId> notChosen(Panel panel) {
        return alternates.stream()
                .filter(a -> !panel.seated().contains(a) && !panel.withdrew(a))
                .toList();
    }
}
