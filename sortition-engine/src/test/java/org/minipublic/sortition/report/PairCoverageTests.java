package org.minipublic.sortition.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;

/** How many of the pool's combinations of two categories' values a panel has, counted by hand. */
class PairCoverageTests {

    @Test
    void countsTheCombinationsOfEachPairOfCategoriesInPoolAndPanel() {
        var people = List.of(
                person("a", "woman", "young", "north"),
                person("b", "woman", "old", "north"),
                person("c", "man", "young", "south"),
                person("d", "man", "old", "south"),
                person("e", "man", "old", "north"));
        var pool = new Pool(people, List.of("id", "gender", "age", "area"));
        var panel = List.of(people.get(0), people.get(3));

        var pairs = PairCoverage.of(pool, List.of("gender", "age", "area"), panel);

        // gender × age: pool has all 4 combinations, the panel woman-young and man-old
        assertThat(pairs.get(0)).isEqualTo(new PairCoverage("gender", "age", 4, 2));
        // gender × area: pool woman-north, man-south, man-north; panel woman-north, man-south
        assertThat(pairs.get(1)).isEqualTo(new PairCoverage("gender", "area", 3, 2));
        // age × area: pool young-north, old-north, young-south, old-south; panel young-north, old-south
        assertThat(pairs.get(2)).isEqualTo(new PairCoverage("age", "area", 4, 2));
        assertThat(PairCoverage.overall(pairs)).isCloseTo(6.0 / 11, within(1e-12));
        assertThat(pairs.get(1).share()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(PairCoverage.overall(List.of())).isEqualTo(1);
    }

    private static Respondent person(String id, String... values) {
        return new Respondent(new RespondentId(id), List.of(values), null, 1, List.of(id));
    }
}
