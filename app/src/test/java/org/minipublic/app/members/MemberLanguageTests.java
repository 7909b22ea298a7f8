package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberLanguageTests {

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource({
        "pl,pl",
        "Polish,pl",
        "polski,pl",
        "URDU,ur",
        "اردو,ur",
        "English,en",
        " en ,en",
        "Bengali,bn",
        "বাংলা,bn",
        "BN,bn",
        "Somali,Somali"
    })
    void aSupportedLanguageIsStoredAsItsTagWhicheverWayItIsNamed(String typed, String stored) {
        assertThat(MemberLanguage.normalise(typed)).isEqualTo(stored);
    }

    @Test
    void supportedLanguagesAreShownInTheReadersLanguageAndOthersAsTyped() {
        assertThat(MemberLanguage.display("ur", Locale.ENGLISH)).isEqualTo("Urdu");
        assertThat(MemberLanguage.display("ur", Locale.forLanguageTag("pl"))).isEqualTo("urdu");
        assertThat(MemberLanguage.display("bn", Locale.ENGLISH)).isIn("Bangla", "Bengali"); // per the JDK's CLDR
        assertThat(MemberLanguage.display("bn", Locale.forLanguageTag("bn"))).isEqualTo("বাংলা");
        assertThat(MemberLanguage.display("Somali", Locale.forLanguageTag("pl")))
                .isEqualTo("Somali");
    }
}
