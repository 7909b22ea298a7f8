package org.minipublic.app.accountability.web;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.accountability.ActionStatus;

/**
 * The action plan's progress as one bar: a segment per status, as wide as its share of the actions (in per cent of
 * the bar). The counts are also listed beside it, so the picture needs no more than its label for screen readers.
 */
public record ProgressChart(int total, List<Segment> segments) {

    public record Segment(ActionStatus status, int count, double x, double width) {}

    static ProgressChart of(List<Integer> counts) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        var segments = new ArrayList<Segment>();
        double x = 0;
        var statuses = ActionStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            double width = total == 0 ? 0 : 100.0 * counts.get(i) / total;
            segments.add(new Segment(statuses[i], counts.get(i), x, width));
            x += width;
        }
        return new ProgressChart(total, segments);
    }

    /** Actions done, for the chart's label. */
    public int done() {
        return segments.get(ActionStatus.DONE.ordinal()).count();
    }
}
