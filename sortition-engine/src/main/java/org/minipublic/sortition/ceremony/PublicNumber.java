package org.minipublic.sortition.ceremony;

import java.math.BigInteger;

/**
 * Turns digits from a public random source (dice rolled in public, a named lottery's result) into a panel number from
 * 1 to m without bias. The digits are read in groups of a fixed length d, fixed in the commitment: a group is a number
 * N from 0 to 10^d − 1; the largest multiple of m not above 10^d is L; a group with N ≥ L is rejected and the next group
 * is read; the first N < L gives panel (N mod m) + 1. Each panel then has exactly L/m of the accepted values, so each is
 * equally likely (a plain N mod m over all values would favour the low numbers whenever m does not divide 10^d).
 */
public final class PublicNumber {

    /** With two digits more than m has, at most one group in a hundred is rejected. */
    private static final int SPARE_DIGITS = 2;

    private PublicNumber() {}

    /** The group length for a lottery of m panels: the digits of m − 1, plus two. */
    public static int digitsPerGroup(int lotterySize) {
        if (lotterySize < 1) {
            throw new IllegalArgumentException("the lottery needs at least one panel, got " + lotterySize);
        }
        return Integer.toString(Math.max(1, lotterySize - 1)).length() + SPARE_DIGITS;
    }

    /** The digits as announced without the spaces, commas, dashes and full stops between them. */
    public static String digitsOnly(String digits) {
        return digits.replaceAll("[\\s,.\\-]", "");
    }

    /**
     * @param digits the public digits, in the order announced; spaces, commas, dashes and full stops between them are
     *     ignored
     * @return the panel number and how the digits were used
     * @throws IllegalArgumentException when the text has anything but digits and separators, fewer digits than one
     *     group, or only rejected groups
     */
    public static Draw panel(String digits, int lotterySize) {
        int group = digitsPerGroup(lotterySize);
        String clean = digitsOnly(digits);
        for (int i = 0; i < clean.length(); i++) {
            if (clean.charAt(i) < '0' || clean.charAt(i) > '9') {
                throw new IllegalArgumentException("the public number may hold only the digits 0–9 (and spaces or"
                        + " commas between them); character " + (i + 1) + " is '" + clean.charAt(i) + "'");
            }
        }
        if (clean.length() < group) {
            throw new IllegalArgumentException("a lottery of " + lotterySize + " panels needs at least " + group
                    + " digits from the public source; got " + clean.length());
        }
        var m = BigInteger.valueOf(lotterySize);
        var range = BigInteger.TEN.pow(group);
        var limit = range.subtract(range.mod(m));
        for (int start = 0; start + group <= clean.length(); start += group) {
            var n = new BigInteger(clean.substring(start, start + group));
            if (n.compareTo(limit) < 0) {
                int panel = n.mod(m).intValueExact() + 1;
                return new Draw(
                        panel, clean.substring(start, start + group), start / group, clean.substring(start + group));
            }
        }
        throw new IllegalArgumentException("every group of " + group + " digits was " + limit + " or more, which is"
                + " rejected to avoid bias; roll again and give more digits");
    }

    /**
     * @param panelNumber from 1 to m
     * @param groupUsed the group of digits that gave it
     * @param rejected how many groups before it were rejected
     * @param unused the digits after the group used, which were not needed (given in case a group was rejected); empty
     *     when there are none
     */
    public record Draw(int panelNumber, String groupUsed, int rejected, String unused) {}
}
