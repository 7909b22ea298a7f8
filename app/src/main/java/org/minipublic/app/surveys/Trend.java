package org.minipublic.app.surveys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The surveys made from one template compared (the weekends' feedback, side by side): for each scale question they
 * share, its mean in each survey, oldest survey first.
 */
public record Trend(List<SurveySummary> surveys, List<Line> lines) {

    /** @param means one per survey, null where that survey lacks the question or nobody answered it */
    public record Line(String key, String prompt, List<@Nullable Double> means) {

        public Line {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
        }
    }

    public Trend {
        surveys = List.copyOf(surveys);
        lines = List.copyOf(lines);
    }
}
