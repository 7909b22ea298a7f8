package org.minipublic.sortition.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public digits to a panel number: every number equally likely, by rejection, never a plain remainder. */
class PublicNumberTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 7, 37, 100, 999, 1000})
    void everyPanelNumberHasExactlyAsManyAcceptedGroups(int lotterySize) {
        int digits = PublicNumber.digitsPerGroup(lotterySize);
        int range = (int) Math.pow(10, digits);
        int[] count = new int[lotterySize + 1];
        int accepted = 0;
        for (int n = 0; n < range; n++) {
            String group = String.format("%0" + digits + "d", n);
            try {
                count[PublicNumber.panel(group, lotterySize).panelNumber()]++;
                accepted++;
            } catch (IllegalArgumentException rejected) {
                assertThat(rejected).hasMessageContaining("rejected to avoid bias");
            }
        }
        for (int panel = 1; panel <= lotterySize; panel++) {
            assertThat(count[panel]).as("panel %d", panel).isEqualTo(accepted / lotterySize);
        }
        assertThat(accepted % lotterySize).isZero();
        // at most one group in a hundred is rejected
        assertThat(range - accepted).isLessThanOrEqualTo(range / 100);
    }

    @Test
    void aRejectedGroupPassesToTheNextAndSeparatorsDoNotCount() {
        // 7 panels, 3 digits a group: 994 to 999 are rejected (994 is the largest multiple of 7 not above 1000)
        assertThat(PublicNumber.digitsPerGroup(7)).isEqualTo(3);
        var draw = PublicNumber.panel("9 9 5, 1 2 3", 7);
        assertThat(draw.rejected()).isEqualTo(1);
        assertThat(draw.groupUsed()).isEqualTo("123");
        assertThat(draw.panelNumber()).isEqualTo(123 % 7 + 1);
        assertThat(PublicNumber.panel("993", 7).panelNumber()).isEqualTo(993 % 7 + 1);
        assertThat(PublicNumber.panel("31415", 1000).panelNumber()).isEqualTo(416);
    }

    @Test
    void namesTheDigitsAfterTheGroupUsedThatWereNotNeeded() {
        // 200 panels, 5 digits a group: 31415 is accepted, so the 9 and 2 after it are left over
        var draw = PublicNumber.panel("31 415 92", 200);
        assertThat(draw.groupUsed()).isEqualTo("31415");
        assertThat(draw.unused()).isEqualTo("92");
        assertThat(PublicNumber.panel("9 9 5, 1 2 3", 7).unused()).isEmpty();
        assertThat(PublicNumber.panel("123 456 7", 7).unused()).isEqualTo("4567");
    }

    @Test
    void refusesTooFewDigitsOtherCharactersAndOnlyRejectedGroups() {
        assertThatThrownBy(() -> PublicNumber.panel("1234", 1000))
                .hasMessage("a lottery of 1000 panels needs at least 5 digits from the public source; got 4");
        assertThatThrownBy(() -> PublicNumber.panel("12a45", 1000)).hasMessageContaining("character 3 is 'a'");
        assertThatThrownBy(() -> PublicNumber.panel("999", 7)).hasMessageContaining("roll again");
        assertThatThrownBy(() -> PublicNumber.digitsPerGroup(0)).hasMessageContaining("at least one panel");
    }
}
