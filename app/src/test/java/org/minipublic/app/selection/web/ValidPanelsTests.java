package org.minipublic.app.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidPanelsTests {

    @Test
    void aShortCountIsShownWholeAndALongOneRounded() {
        assertThat(ValidPanels.in("{\"algorithm\": \"uniform\", \"valid_panels\": \"495\"}"))
                .contains(new ValidPanels("495"));
        assertThat(ValidPanels.in("{\"valid_panels\": \"814225107551835924136192000\"}"))
                .contains(new ValidPanels("8.1 × 10^26"));
        assertThat(ValidPanels.in("{\"valid_panels\": \"999999\"}")).contains(new ValidPanels("999999"));
        assertThat(ValidPanels.in("{\"valid_panels\": \"999999999999999\"}")).contains(new ValidPanels("1 × 10^15"));
    }

    @Test
    void aRecordWithoutACountHasNone() {
        assertThat(ValidPanels.in("{\"algorithm\": \"leximin\"}")).isEmpty();
    }
}
