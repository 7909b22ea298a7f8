package org.minipublic.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanelNumbersTests {

    @Test
    void runsOfThreeOrMoreBecomeRangesAndShorterRunsStayListed() {
        assertThat(PanelNumbers.readable("3 4 5 6 9 11 12 20 21 22", ",")).isEqualTo("3–6, 9, 11, 12, 20–22");
    }

    @Test
    void aSingleNumberAndOneLongRunReadPlainly() {
        assertThat(PanelNumbers.readable("17", ",")).isEqualTo("17");
        assertThat(PanelNumbers.readable("1 2 3 4 5 6 7 8 9 10", ",")).isEqualTo("1–10");
    }

    @Test
    void theLanguagesCommaSeparatesTheParts() {
        assertThat(PanelNumbers.readable("1 2 3 7", "،")).isEqualTo("1–3، 7");
    }

    @Test
    void noNumbersGiveAnEmptyText() {
        assertThat(PanelNumbers.readable("", ",")).isEmpty();
        assertThat(PanelNumbers.readable("  ", ",")).isEmpty();
    }
}
