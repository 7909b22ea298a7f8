package org.minipublic.sortition.report;

import java.util.List;

/**
 * Respondents who share the same values, described by those values rather than by name (for example the 29 people of
 * the opendlp example who can be in no valid panel).
 *
 * @param values the shared value of each category, in the targets' order
 */
public record ProfileGroup(List<String> values, int respondents) {

    public String describe() {
        return respondents + " × (" + String.join(", ", values) + ")";
    }
}
