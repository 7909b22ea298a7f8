package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.CheckedCodes;

/** The hash chain finds a changed, removed, added or reordered vote; codes catch typos. */
class VoteChainTests {

    private final BallotId ballot = BallotId.random();

    @Test
    void anUntouchedChainHoldsAndEveryKindOfTamperingBreaksIt() {
        var links = chain("5,4", "3,3", "1,5", "4,4");
        byte[] head = links.get(links.size() - 1).hash();
        assertThat(VoteChain.firstBreak(ballot, links, head)).isEmpty();

        var changed = new ArrayList<>(links);
        var second = changed.get(1);
        changed.set(1, new VoteChain.Link(2, "5,5", second.previousHash(), second.hash()));
        assertThat(VoteChain.firstBreak(ballot, changed, head)).contains(2);

        var removedLast = links.subList(0, 3);
        assertThat(VoteChain.firstBreak(ballot, removedLast, head)).contains(4);

        var removedMiddle = new ArrayList<>(links);
        removedMiddle.remove(1);
        assertThat(VoteChain.firstBreak(ballot, removedMiddle, head)).contains(2);

        var swapped = new ArrayList<>(links);
        swapped.set(0, links.get(1));
        swapped.set(1, links.get(0));
        assertThat(VoteChain.firstBreak(ballot, swapped, head)).contains(1);

        assertThat(VoteChain.firstBreak(BallotId.random(), links, head)).contains(1);
    }

    @Test
    void aBallotCodeWithOneWrongCharacterIsNotACode() {
        var code = BallotCode.random();
        assertThat(BallotCode.parse(code.display().toLowerCase(java.util.Locale.ROOT)))
                .contains(code);
        for (int i = 0; i < code.value().length(); i++) {
            for (char c : CheckedCodes.ALPHABET.toCharArray()) {
                if (c != code.value().charAt(i)) {
                    String typo =
                            code.value().substring(0, i) + c + code.value().substring(i + 1);
                    assertThat(BallotCode.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    private List<VoteChain.Link> chain(String... answers) {
        var links = new ArrayList<VoteChain.Link>();
        byte[] previous = VoteChain.start(ballot);
        for (int i = 0; i < answers.length; i++) {
            byte[] hash = VoteChain.next(previous, i + 1, answers[i]);
            links.add(new VoteChain.Link(i + 1, answers[i], previous, hash));
            previous = hash;
        }
        return links;
    }
}
