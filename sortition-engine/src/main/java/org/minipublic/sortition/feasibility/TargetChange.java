package org.minipublic.sortition.feasibility;

/**
 * One change of a target that a relaxation suggests.
 *
 * @param bound {@code "min"} or {@code "max"}
 */
public record TargetChange(String category, String value, String bound, int from, int to) {

    /** The change in plain words. */
    public String describe() {
        return (bound.equals("min") ? "Lower the minimum" : "Raise the maximum") + " for " + category + " " + value
                + " from " + from + " to " + to + ".";
    }
}
