package org.minipublic.app.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A respondent's panel numbers as a reader takes them in: runs of three or more written as ranges ("539–577"), so that
 * someone on hundreds of a 1,000-panel lottery's panels gets a line or two instead of a page.
 */
final class PanelNumbers {

    private PanelNumbers() {}

    /**
     * @param spaced the numbers in ascending order, separated by spaces, as the ceremony stores them
     * @param comma the language's list comma (Urdu writes "،")
     */
    static String readable(String spaced, String comma) {
        List<String> parts = new ArrayList<>();
        int[] numbers = spaced.isBlank()
                ? new int[0]
                : Arrays.stream(spaced.trim().split(" +"))
                        .mapToInt(Integer::parseInt)
                        .toArray();
        int i = 0;
        while (i < numbers.length) {
            int end = i;
            while (end + 1 < numbers.length && numbers[end + 1] == numbers[end] + 1) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(numbers[i] + "–" + numbers[end]);
            } else {
                for (int j = i; j <= end; j++) {
                    parts.add(String.valueOf(numbers[j]));
                }
            }
            i = end + 1;
        }
        return String.join(comma + " ", parts);
    }
}
