package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.CheckedCodes;

/** The hash chain finds a changed, removed, added or reordered vote; codes catch typos. */
class VoteChainTests {

    private final byte[] ballot = VoteChain.sha256("minipublic ballot one".getBytes(StandardCharsets.UTF_8));

    @Test
    void anUntouchedSealHoldsAndEveryKindOfTamperingBreaksIt() {
        var votes = List.of(
                new VoteChain.Vote("0a00000000000000", "5,4"),
                new VoteChain.Vote("3b00000000000000", "3,3"),
                new VoteChain.Vote("7c00000000000000", "1,5"),
                new VoteChain.Vote("e100000000000000", "4,4"));
        var sealed = VoteChain.seal(ballot, votes);
        byte[] head = VoteChain.head(ballot, sealed);
        assertThat(VoteChain.firstBreak(ballot, votes, sealed, head)).isEmpty();

        var changed = new ArrayList<>(votes);
        changed.set(1, new VoteChain.Vote("3b00000000000000", "5,5"));
        assertThat(VoteChain.firstBreak(ballot, changed, sealed, head)).contains(2);

        assertThat(VoteChain.firstBreak(ballot, votes.subList(0, 3), sealed, head))
                .contains(4);

        var removedMiddle = new ArrayList<>(votes);
        removedMiddle.remove(1);
        assertThat(VoteChain.firstBreak(ballot, removedMiddle, sealed, head)).contains(2);

        var added = new ArrayList<>(votes);
        added.add(2, new VoteChain.Vote("5000000000000000", "5,5"));
        assertThat(VoteChain.firstBreak(ballot, added, sealed, head)).contains(3);

        // a seal made again over changed votes is not the published one
        var resealed = VoteChain.seal(ballot, changed);
        assertThat(VoteChain.firstBreak(ballot, changed, resealed, head)).contains(5);

        // a chain that starts elsewhere (another ballot, or a question changed since) breaks at the first vote
        byte[] elsewhere = VoteChain.sha256("minipublic ballot two".getBytes(StandardCharsets.UTF_8));
        assertThat(VoteChain.firstBreak(elsewhere, votes, sealed, head)).contains(1);
        assertThat(VoteChain.firstBreak(ballot, List.of(), List.of(), ballot)).isEmpty();
        assertThat(VoteChain.firstBreak(elsewhere, List.of(), List.of(), ballot))
                .contains(1);
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
}
