package org.minipublic.app.planning;

import java.util.List;
import java.util.Map;

/**
 * The plan for an assembly's invitation letters, worked out by {@link PlanCalculation}.
 *
 * @param wantedPool respondents the whole pool should hold: the panel size times the pool per seat
 * @param pool respondents registered so far
 * @param areas one line per area of the address list, in its order
 * @param values one line per target value with a minimum above 0
 * @param topUpLetters letters in the proposed top-up round (0 before the first round, or when nothing falls short)
 * @param topUpWeights per area, the weight that makes an invitation round share its letters as the top-up proposes
 */
public record RecruitmentPlan(
        int panelSize,
        PlanSettings settings,
        int wantedPool,
        int pool,
        List<AreaPlan> areas,
        List<ValuePlan> values,
        int topUpLetters,
        Map<String, Double> topUpWeights) {

    /** Letters an area must have had before its own response rate replaces the expected one. */
    public static final int OBSERVED_AFTER = 100;

    public RecruitmentPlan {
        areas = List.copyOf(areas);
        values = List.copyOf(values);
        topUpWeights = Map.copyOf(topUpWeights);
    }

    public int lettersNeeded() {
        return areas.stream().mapToInt(AreaPlan::lettersNeeded).sum();
    }

    public int stillToSend() {
        return areas.stream().mapToInt(AreaPlan::stillToSend).sum();
    }

    public int invited() {
        return areas.stream().mapToInt(AreaPlan::invited).sum();
    }

    /** Whether any round has been sent, so that a top-up can be proposed from what came back. */
    public boolean afterFirstRound() {
        return invited() > 0;
    }

    /** Values the top-up round is not expected to bring up to what is wanted (too few households left). */
    public List<ValuePlan> unmetAfterTopUp() {
        return values.stream()
                .filter(v -> v.shortfall() > 0 && !v.metAfterTopUp())
                .toList();
    }

    public boolean anyShortOfHouseholds() {
        return areas.stream().anyMatch(AreaPlan::shortOfHouseholds);
    }
}
