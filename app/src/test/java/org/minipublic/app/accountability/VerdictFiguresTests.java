package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;

class VerdictFiguresTests {

    @Test
    void anOddNumberOfScoresHasTheMiddleOneAsMedian() {
        // scores 1, 3, 3, 8, 10: the third of five is 3; the mean is 25 / 5
        var figures = new VerdictFigures(List.of(0, 1, 0, 2, 0, 0, 0, 0, 1, 0, 1), 4);

        assertThat(figures.count()).isEqualTo(5);
        assertThat(figures.noView()).isEqualTo(4);
        assertThat(figures.median()).isEqualTo(3.0);
        assertThat(figures.mean()).isEqualTo(5.0);
        assertThat(figures.shown()).isTrue();
    }

    @Test
    void anEvenNumberOfScoresHasTheMedianHalfwayBetweenTheMiddleTwo() {
        // scores 2, 4, 4, 7, 9, 10: halfway between 4 and 7 is 5.5; the mean is 36 / 6
        var figures = new VerdictFigures(List.of(0, 0, 1, 0, 2, 0, 0, 1, 0, 1, 1), 0);

        assertThat(figures.median()).isEqualTo(5.5);
        assertThat(figures.mean()).isEqualTo(6.0);
    }

    @Test
    void fewerThanFiveScoresAreNotShownWhateverTheNoViews() {
        var four = new VerdictFigures(List.of(0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0), 20);

        assertThat(four.count()).isEqualTo(4);
        assertThat(four.shown()).isFalse();
        assertThat(VerdictFigures.none().median()).isZero();
        assertThat(VerdictFigures.none().mean()).isZero();
    }

    @Test
    void refusesADistributionWithoutElevenCounts() {
        assertThatThrownBy(() -> new VerdictFigures(List.of(1, 2, 3), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerdictFigures(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChoiceIsAScoreFromZeroToTenOrNoView() {
        assertThat(VerdictChoice.parse("0").score()).isZero();
        assertThat(VerdictChoice.parse("10").score()).isEqualTo(10);
        assertThat(VerdictChoice.parse("none")).isEqualTo(VerdictChoice.NO_VIEW);
        for (String wrong : List.of("11", "-1", "+5", "007", "", "5.5", "seven")) {
            assertThatThrownBy(() -> VerdictChoice.parse(wrong)).as(wrong).isInstanceOf(InvalidInputException.class);
        }
    }
}
