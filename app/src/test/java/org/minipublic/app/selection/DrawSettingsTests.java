package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;

class DrawSettingsTests {

    @Test
    void theAlgorithmIsOneTheEngineKnowsWhateverItsCase() {
        assertThat(new DrawSettings(" Leximin ", null, List.of()).algorithm()).isEqualTo("leximin");
        assertThatThrownBy(() -> new DrawSettings("random", null, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("algorithm");
    }

    @Test
    void blankWitnessLinesAreDroppedAndTooManyOrTooLongRefused() {
        assertThat(new DrawSettings("leximin", 7L, List.of(" Ann ", "", "  ", "Bo")).witnesses())
                .containsExactly("Ann", "Bo");
        assertThatThrownBy(() -> new DrawSettings("leximin", null, Collections.nCopies(11, "W")))
                .hasMessageContaining("witnesses");
        assertThatThrownBy(() -> new DrawSettings("leximin", null, List.of("x".repeat(101))))
                .hasMessageContaining("witnesses");
        assertThatThrownBy(() -> new DrawSettings("leximin", null, List.of("Ann\u0000")))
                .hasMessageContaining("witnesses");
    }

    @Test
    void aSeedIsZeroOrMore() {
        assertThat(new DrawSettings("leximin", 0L, List.of()).seed()).isZero();
        assertThatThrownBy(() -> new DrawSettings("leximin", -1L, List.of())).hasMessageContaining("seed");
    }
}
