package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionChartTests {

    @Test
    void barsBandsAndMarksStandAtTheirSharesOfThePanel() {
        // Panel of 40: 22 women (55 %, target 18-22 = 45-55 %, population 51 %), 18 men (45 %, 17-21, 49 %).
        var chart = CompositionChart.of(
                List.of(
                        new CompositionRow("Gender", "Woman", 150, 18, 22, 22, 51.0),
                        new CompositionRow("Gender", "Man", 140, 17, 21, 18, 49.0),
                        new CompositionRow("Area", "North", 90, 10, 30, 20, null)),
                40);

        assertThat(chart.categories())
                .extracting(CompositionChart.Chart::category)
                .containsExactly("Gender", "Area");
        var gender = chart.categories().get(0);
        // the largest share is 55 %, so the plot runs to 60 %: 360 units for 60 %, 6 per cent point, from x = 210
        assertThat(gender.scale()).isEqualTo(60);
        var woman = gender.bars().get(0);
        assertThat(woman.panelWidth()).isCloseTo(55 * 6, within(1e-9));
        assertThat(woman.targetX()).isCloseTo(210 + 45 * 6, within(1e-9));
        assertThat(woman.targetWidth()).isCloseTo(10 * 6, within(1e-9));
        assertThat(woman.populationX()).isCloseTo(210 + 51 * 6, within(1e-9));
        assertThat(gender.bars().get(1).y()).isEqualTo(woman.y() + CompositionChart.ROW_HEIGHT);
        assertThat(gender.ticks()).extracting(CompositionChart.Tick::share).containsExactly(0, 20, 40, 60);
        // North may have up to 30 of 40 seats (75 %): the plot runs to 80 %; no population figure, no mark
        var area = chart.categories().get(1);
        assertThat(area.scale()).isEqualTo(80);
        assertThat(area.bars().get(0).populationX()).isNull();
    }

    @Test
    void aFixedTargetStillShowsAsANarrowBandAndLongValuesAreShortened() {
        var chart = CompositionChart.of(
                List.of(new CompositionRow(
                        "Ethnic group", "Black, Black British, Caribbean or African", 49, 4, 4, 4, 8.0)),
                45);

        var bar = chart.categories().get(0).bars().get(0);
        assertThat(bar.targetWidth()).isEqualTo(2);
        assertThat(bar.label()).hasSize(30).endsWith("\u2026");
    }
}
