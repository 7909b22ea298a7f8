package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DuplicateKeysTests {

    @Test
    void aUkNumberIsTheSameWrittenWithPlus44Or0044OrALeadingZero() {
        assertThat(DuplicateKeys.phoneDigits("+44 7700 900123")).isEqualTo("07700900123");
        assertThat(DuplicateKeys.phoneDigits("0044 7700 900123")).isEqualTo("07700900123");
        assertThat(DuplicateKeys.phoneDigits("+44 (0)7700 900123")).isEqualTo("07700900123");
        assertThat(DuplicateKeys.phoneDigits("07700-900-123")).isEqualTo("07700900123");
        assertThat(DuplicateKeys.phoneDigits("+48 600 100 200")).isEqualTo("48600100200");
    }

    @Test
    void addressesMatchWhateverTheirCaseAndNamesWhateverTheirSpacing() {
        var birth = LocalDate.of(1980, 5, 17);
        var one = DuplicateKeys.of("Ada ", "Lovelace", "Ada@Example.org", "", birth);
        var other = DuplicateKeys.of("ada", "LOVELACE", "ada@example.org ", "", birth);

        assertThat(one).isEqualTo(other).hasSize(2);
        assertThat(DuplicateKeys.of("Ada", "Lovelace", "", "", birth.plusDays(1)))
                .doesNotContainAnyElementsOf(one);
    }
}
