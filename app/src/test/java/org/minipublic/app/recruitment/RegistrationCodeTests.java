package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegistrationCodeTests {

    private static final String A = RegistrationCode.ALPHABET;

    @Test
    void aNewCodeReadsBackAsTypedInAnyCaseWithSpacesOrHyphens() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            var code = RegistrationCode.random(random);
            assertThat(RegistrationCode.parse(code.display())).contains(code);
            assertThat(RegistrationCode.parse(" " + code.value().toLowerCase().replaceAll("(.{4})", "$1 ")))
                    .contains(code);
        }
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            String code = RegistrationCode.random(random).value();
            for (int position = 0; position < code.length(); position++) {
                for (char typo : A.toCharArray()) {
                    if (typo != code.charAt(position)) {
                        String mistyped = code.substring(0, position) + typo + code.substring(position + 1);
                        assertThat(RegistrationCode.parse(mistyped))
                                .as(mistyped)
                                .isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreCaughtAlmostAlways() {
        var random = new SplittableRandom(13);
        int swaps = 0;
        int caught = 0;
        for (int i = 0; i < 2000; i++) {
            String code = RegistrationCode.random(random).value();
            for (int position = 0; position + 1 < code.length(); position++) {
                if (code.charAt(position) != code.charAt(position + 1)) {
                    swaps++;
                    var chars = code.toCharArray();
                    chars[position] = code.charAt(position + 1);
                    chars[position + 1] = code.charAt(position);
                    caught += RegistrationCode.parse(new String(chars)).isEmpty() ? 1 : 0;
                }
            }
        }
        // Luhn mod N misses only swaps of two values that add up to N - 1 (here 0 and 29, 1 and 28, ...): one pair
        // in about 30 of the pairs a swap can involve, so at least 95 % are caught.
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void lookAlikeCharactersAreNotInTheAlphabet() {
        for (char c : "01ILOU".toCharArray()) {
            assertThat(A.indexOf(c)).as(String.valueOf(c)).isNegative();
        }
        assertThat(new HashSet<>(A.chars().boxed().toList())).hasSize(A.length());
    }

    @Test
    void textThatIsNotACodeIsRefused() {
        assertThat(RegistrationCode.parse("")).isEmpty();
        assertThat(RegistrationCode.parse("ABCD-EFG")).isEmpty();
        assertThat(RegistrationCode.parse("ABCD-EFGH-J")).isEmpty();
        assertThat(RegistrationCode.parse("0OIL-1234")).isEmpty();
        assertThatThrownBy(() -> new RegistrationCode("ABCDEFGH")).isInstanceOf(IllegalArgumentException.class);
    }
}
