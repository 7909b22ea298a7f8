package org.minipublic.sortition.solver;

/**
 * One side of one target: "at least min" or "at most max" seats for value {@code value} of category
 * {@code category} (indexes into the instance).
 */
public record Bound(int category, int value, boolean minimum) {}
