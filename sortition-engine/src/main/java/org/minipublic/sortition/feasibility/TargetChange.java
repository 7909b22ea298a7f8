package org.minipublic.sortition.feasibility;

import java.util.List;

/**
 * One change of a target that a relaxation suggests.
 *
 * @param bound {@code "min"} or {@code "max"}
 */
public record TargetChange(String category, String value, String bound, int from, int to) {

    /**
     * The suggestion to an organiser. Several changes are needed together: the relaxation costs the fewest seats of
     * change, so leaving any one of them out (a cheaper change) would not make the targets possible, or it would
     * have been suggested instead.
     */
    static String suggestion(List<TargetChange> changes) {
        var described =
                String.join(" ", changes.stream().map(TargetChange::describe).toList());
        return switch (changes.size()) {
            case 1 -> "Suggestion: " + described;
            case 2 -> "Suggestion, both changes together (either one alone is not enough): " + described;
            default ->
                "Suggestion, all " + changes.size() + " changes together (without any one of them the targets still"
                        + " cannot be met): " + described;
        };
    }

    /** The change in plain words. */
    public String describe() {
        return (bound.equals("min") ? "Lower the minimum" : "Raise the maximum") + " for " + category + " " + value
                + " from " + from + " to " + to + ".";
    }
}
