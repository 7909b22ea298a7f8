package org.minipublic.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Server-drawn charts get a font with every letter of their labels, whichever interface language wrote them. */
class ChartFontsTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"Strongly agree", "Zdecydowanie się zgadzam", "پوری طرح متفق", "পুরোপুরি একমত", "ক্ষ্ম ত্র"})
    void theChosenFontHasEveryLetterOfTheLabel(String label) {
        assertThat(ChartFonts.forText(label, 12f).canDisplayUpTo(label)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"পুরোপুরি একমত", "পক্ষে: 12"})
    void bengaliLabelsGetTheBengaliFont(String label) {
        assertThat(ChartFonts.forText(label, 12f).getFontName()).contains("Bengali");
        assertThat(ChartFonts.forText("Agree", 12f).getFontName()).doesNotContain("Bengali");
    }
}
