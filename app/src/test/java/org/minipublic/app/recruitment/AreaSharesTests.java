package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AreaSharesTests {

    @Test
    void lettersFollowTheHouseholdsOfEachAreaRoundedByLargestRemainder() {
        // 100 letters over 600/300/100 households: exactly 60/30/10.
        assertThat(AreaShares.allocate(Map.of("A", 600, "B", 300, "C", 100), Map.of(), 100))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 60, "B", 30, "C", 10)));
        // 10 letters over 1/1/1: 3.33 each, the one left over goes to the first area by name.
        assertThat(AreaShares.allocate(Map.of("A", 100, "B", 100, "C", 100), Map.of(), 10))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 4, "B", 3, "C", 3)));
    }

    @Test
    void aBoostWeighsTheAreasShare() {
        // Weights 500*2 = 1000 and 500: two thirds and one third of 90.
        assertThat(AreaShares.allocate(Map.of("A", 500, "B", 500), Map.of("A", 2.0), 90))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 60, "B", 30)));
    }

    @Test
    void aWeightOfZeroSendsAnAreaNoLettersAndAllZeroWeightsAreRefused() {
        assertThat(AreaShares.allocate(Map.of("A", 500, "B", 500), Map.of("A", 0.0), 90))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 0, "B", 90)));
        assertThatThrownBy(() -> AreaShares.allocate(Map.of("A", 500, "B", 500), Map.of("A", 0.0, "B", 0.0), 90))
                .isInstanceOf(org.minipublic.app.shared.InvalidInputException.class)
                .hasMessageContaining("recruitment.round.boost.all-zero");
    }

    @Test
    void anAreaThatRunsOutPassesItsExcessToTheOthers() {
        // With its boost C's share of 60 would be 60 * 50 / 250 = 12, but it has only 5 households left; A and B
        // share the other 55.
        var shares = AreaShares.allocate(Map.of("A", 100, "B", 100, "C", 5), Map.of("C", 10.0), 60);
        assertThat(shares.get("C")).isEqualTo(5);
        assertThat(shares.get("A") + shares.get("B")).isEqualTo(55);
        assertThat(Math.abs(shares.get("A") - shares.get("B"))).isLessThanOrEqualTo(1);
    }

    @Test
    void moreLettersThanHouseholdsIsRefused() {
        assertThatThrownBy(() -> AreaShares.allocate(Map.of("A", 3), Map.of(), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAlwaysAddUpAndNeverExceedAnArea() {
        qt().withExamples(500)
                .withFixedSeed(2027L)
                .forAll(
                        lists().of(integers().between(0, 500)).ofSizeBetween(1, 8),
                        integers().between(0, 100))
                .checkAssert((counts, percent) -> {
                    int letters = counts.stream().mapToInt(Integer::intValue).sum() * percent / 100;
                    var available = new TreeMap<String, Integer>();
                    var boosts = new TreeMap<String, Double>();
                    for (int i = 0; i < counts.size(); i++) {
                        available.put("area " + i, counts.get(i));
                        boosts.put("area " + i, 0.5 + (i % 3));
                    }
                    var shares = AreaShares.allocate(available, boosts, letters);
                    assertThat(shares.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum())
                            .isEqualTo(letters);
                    shares.forEach((area, share) -> assertThat(share).isBetween(0, available.get(area)));
                });
    }
}
