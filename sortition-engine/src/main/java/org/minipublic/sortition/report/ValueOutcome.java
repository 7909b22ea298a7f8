package org.minipublic.sortition.report;

/**
 * How one value of one category fared.
 *
 * @param inPool respondents with the value
 * @param expectedSeats seats the value gets on average over the lottery (the sum of its respondents' chances)
 * @param seatsInPanel seats it got in the drawn panel
 */
public record ValueOutcome(
        String category, String value, int inPool, int min, int max, double expectedSeats, int seatsInPanel) {}
