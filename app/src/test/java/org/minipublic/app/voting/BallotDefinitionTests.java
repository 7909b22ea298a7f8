package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;

/** The text a ballot's seal starts from names everything the ballot asked, and nothing can pass for anything else. */
class BallotDefinitionTests {

    private static final BallotId ID = new BallotId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final ItemId ITEM = new ItemId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    @Test
    void theDefinitionWritesEachFieldWithItsLengthInBytes() {
        var ballot = ballot(2, "Zażółć", "Yes: all");
        assertThat(BallotDefinition.text(ballot))
                .isEqualTo(
                        """
                        17:minipublic ballot
                        1:2
                        36:00000000-0000-0000-0000-00000000000b
                        10:Final vote
                        44:support --levels 2 --at-least 2 --percent 80
                        1:2
                        2:No
                        8:Yes: all
                        1:1
                        36:00000000-0000-0000-0000-0000000000a1
                        10:Zażółć
                        0:
                        """);
    }

    @Test
    void everyPartOfTheQuestionMovesTheStartButTheFirstChainVersionStartsFromTheIdAlone() {
        byte[] start = BallotDefinition.chainStart(ballot(2, "Zażółć", "Yes: all"));
        assertThat(BallotDefinition.chainStart(ballot(2, "Zażółć!", "Yes: all")))
                .isNotEqualTo(start);
        assertThat(BallotDefinition.chainStart(ballot(2, "Zażółć", "Yes"))).isNotEqualTo(start);
        // the same characters split differently between an item's title and text are a different definition
        assertThat(BallotDefinition.chainStart(ballot(2, "Zażółć", "Yes: all", "gęślą")))
                .isNotEqualTo(BallotDefinition.chainStart(ballot(2, "Zażółć gęślą", "Yes: all", "")));
        assertThat(BallotDefinition.chainStart(ballot(1, "Zażółć", "Yes: all")))
                .isEqualTo(BallotDefinition.chainStart(ballot(1, "Something else", "Other")))
                .isEqualTo(VoteChain.sha256(("minipublic ballot " + ID).getBytes(StandardCharsets.UTF_8)));
    }

    private static Ballot ballot(int chainVersion, String itemTitle, String topLabel) {
        return ballot(chainVersion, itemTitle, topLabel, "");
    }

    private static Ballot ballot(int chainVersion, String itemTitle, String topLabel, String itemBody) {
        var method = new BallotMethod.SupportLevel(List.of("No", topLabel), 2, 80);
        return new Ballot(
                ID,
                new AssemblyId(UUID.randomUUID()),
                new BallotDetails("Final vote", method, null),
                BallotStatus.CLOSED,
                List.of(new BallotItem(ITEM, 0, itemTitle, itemBody)),
                3,
                3,
                "",
                chainVersion,
                null,
                null,
                1);
    }
}
