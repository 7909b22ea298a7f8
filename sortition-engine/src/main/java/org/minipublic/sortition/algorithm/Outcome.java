package org.minipublic.sortition.algorithm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an algorithm produced.
 *
 * @param distribution the fair lottery over panels, or {@code null} for {@code legacy}, which has none
 * @param chances each respondent's chance of selection (estimated from {@code runs} runs for {@code legacy})
 * @param panel for {@code legacy}: the panel of its first run, as respondent indexes; empty otherwise
 * @param panelsGenerated how many distinct panels the algorithm generated while searching
 * @param solverCalls how many optimisation problems it solved
 */
public record Outcome(
        @Nullable Distribution distribution,
        double[] chances,
        List<Integer> panel,
        int panelsGenerated,
        int solverCalls,
        int runs) {}
