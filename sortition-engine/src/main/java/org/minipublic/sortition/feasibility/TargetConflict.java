package org.minipublic.sortition.feasibility;

/**
 * One bound in a set of targets that cannot all be met together.
 *
 * @param bound {@code "min"} or {@code "max"}
 * @param limit the bound's number of seats
 */
public record TargetConflict(String category, String value, String bound, int limit) {

    public String describe() {
        return (bound.equals("min") ? "at least " : "at most ") + limit + " " + category + " " + value;
    }
}
