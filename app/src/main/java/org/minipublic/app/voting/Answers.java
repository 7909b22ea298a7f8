package org.minipublic.app.voting;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One member's answers on a ballot: a whole number per item, in item order, whose meaning the ballot's
 * {@link BallotMethod} gives. Stored and hashed in its canonical form, the numbers separated by commas.
 */
public record Answers(List<Integer> values) {

    public Answers {
        values = List.copyOf(values);
    }

    /** The canonical form, for example {@code 4,5,0,3}. */
    public String canonical() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Reads the canonical form. */
    public static Answers parse(String canonical) {
        if (canonical.isEmpty()) {
            return new Answers(List.of());
        }
        var values = new java.util.ArrayList<Integer>();
        int start = 0;
        for (int comma = canonical.indexOf(','); ; comma = canonical.indexOf(',', start)) {
            int end = comma < 0 ? canonical.length() : comma;
            values.add(Integer.valueOf(canonical.substring(start, end)));
            if (comma < 0) {
                return new Answers(values);
            }
            start = comma + 1;
        }
    }

    /**
     * Why these answers cannot be cast on a ballot of {@code items} items with this method, as a message key; empty
     * when they can. A ballot left wholly blank can be cast: it counts in the turnout and for nothing else.
     */
    public Optional<String> problem(BallotMethod method, int items) {
        if (values.size() != items || !values.stream().allMatch(method::validAnswer)) {
            return Optional.of("voting.vote.not-an-answer");
        }
        if (method instanceof BallotMethod.Prioritise) {
            var ranks = values.stream().filter(v -> v > 0).toList();
            if (new HashSet<>(ranks).size() != ranks.size()) {
                return Optional.of("voting.vote.rank-twice");
            }
            if (ranks.stream().mapToInt(Integer::intValue).max().orElse(0) != ranks.size()) {
                return Optional.of("voting.vote.rank-gap");
            }
        }
        return Optional.empty();
    }

    int get(int position) {
        return values.get(position);
    }
}
