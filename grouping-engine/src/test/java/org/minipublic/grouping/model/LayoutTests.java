package org.minipublic.grouping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.support.Problems;

/** The bands around each table's proportional share. */
class LayoutTests {

    // 7 of 30 people are over 60: a table of 10 has a share of 2.33 of them
    private static final String[] AGE = new String[30];

    static {
        for (int p = 0; p < AGE.length; p++) {
            AGE[p] = p < 7 ? "60+" : "under 60";
        }
    }

    @Test
    void aTableMayHoldOneSeatEitherSideOfItsShare() {
        var layout = Layout.of(problem(GroupingProblem.DEFAULT_BAND));

        assertThat(layout.share(0, 0, 0, 0)).isCloseTo(7.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(layout.low()[0][0][0][0]).isEqualTo(2);
        assertThat(layout.high()[0][0][0][0]).isEqualTo(3);
    }

    @Test
    void aWiderBandLetsTheCountGoFurtherButNeverBelowNoneOrAboveEveryone() {
        var layout = Layout.of(problem(2));
        assertThat(layout.low()[0][0][0][0]).isEqualTo(1);
        assertThat(layout.high()[0][0][0][0]).isEqualTo(4);

        var widest = Layout.of(problem(100));
        assertThat(widest.low()[0][0][0][0]).isZero();
        assertThat(widest.high()[0][0][0][0]).isEqualTo(7);
    }

    @Test
    void aBandNarrowerThanOneSeatIsRefused() {
        assertThatThrownBy(() -> problem(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the band must be between 1 and 100 seats, got 0.5");
    }

    private static GroupingProblem problem(double band) {
        return new GroupingProblem(
                Problems.members(30, AGE),
                List.of(),
                List.of("a0"),
                List.of(),
                List.of(3),
                Rules.none(),
                Map.of(),
                1,
                Duration.ofSeconds(10),
                band);
    }
}
