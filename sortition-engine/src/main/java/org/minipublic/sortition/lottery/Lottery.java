package org.minipublic.sortition.lottery;

import java.util.List;

/**
 * A list of equally likely concrete panels standing for a fair lottery: drawing panel number j (1-based) from
 * {@code panels} at random is the lottery.
 *
 * @param panels each panel as sorted respondent indexes
 * @param timesSelected in how many of the panels each respondent sits
 * @param largestChange the largest difference, over all respondents, between their chance in this list
 *     ({@code timesSelected / panels.size()}) and their chance in the exact lottery: the price of rounding
 */
public record Lottery(List<int[]> panels, int[] timesSelected, double largestChange) {

    public int size() {
        return panels.size();
    }
}
