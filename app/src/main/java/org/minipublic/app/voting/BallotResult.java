package org.minipublic.app.voting;

import java.util.List;
import java.util.Optional;

/**
 * A closed ballot's count, or the reason there is none: when the stored votes no longer match their hash chain, the
 * place where it breaks is reported and nothing is counted.
 *
 * @param brokenAt the first vote (from 1) at which the chain breaks, or 0 when it holds
 */
public record BallotResult(Ballot ballot, List<ItemResult> items, int brokenAt) {

    public BallotResult {
        items = List.copyOf(items);
    }

    public boolean intact() {
        return brokenAt == 0;
    }

    /** Whether every item was adopted; a prioritisation never passes. */
    public boolean passed() {
        return intact()
                && !(ballot.method() instanceof BallotMethod.Prioritise)
                && items.stream().allMatch(ItemResult::adopted);
    }

    public Optional<ItemResult> item(int position) {
        return items.stream().filter(r -> r.position() == position).findFirst();
    }

    /** The items in the order of their results: by place for a prioritisation, in ballot order otherwise. */
    public List<ItemResult> ranked() {
        return items.stream()
                .sorted(java.util.Comparator.comparingInt(ItemResult::place).thenComparingInt(ItemResult::position))
                .toList();
    }
}
