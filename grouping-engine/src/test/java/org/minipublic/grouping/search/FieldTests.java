package org.minipublic.grouping.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The finite fields behind the built designs. */
class FieldTests {

    @Test
    void everyFieldUpToOrderFortyNineHasInversesAndTheUsualLaws() {
        for (int q : new int[] {2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 25, 27, 32, 49}) {
            Field f = Field.of(q).orElseThrow(() -> new AssertionError("no field of order " + q));
            for (int a = 0; a < q; a++) {
                assertThat(f.plus(a, 0)).isEqualTo(a);
                assertThat(f.times(a, 1)).isEqualTo(a);
                int inverses = 0;
                for (int b = 0; b < q; b++) {
                    assertThat(f.plus(a, b)).isEqualTo(f.plus(b, a));
                    assertThat(f.times(a, b)).isEqualTo(f.times(b, a));
                    if (f.times(a, b) == 1) {
                        inverses++;
                    }
                    for (int c = 0; c < q; c++) {
                        assertThat(f.times(a, f.plus(b, c))).isEqualTo(f.plus(f.times(a, b), f.times(a, c)));
                    }
                }
                assertThat(inverses)
                        .as("inverses of %d in the field of %d", a, q)
                        .isEqualTo(a == 0 ? 0 : 1);
            }
        }
    }

    @Test
    void aLargePrimeFieldNeedsNoTables() {
        Field f = Field.of(4_999).orElseThrow();
        assertThat(f.times(4_998, 4_998)).isEqualTo(1); // (−1)·(−1)
        assertThat(f.plus(4_998, 2)).isEqualTo(1);
        assertThat(Field.of(512)).as("2^9: too large to tabulate").isEmpty();
    }

    @Test
    void thereIsNoFieldOfOrderSixTenOrFifteen() {
        assertThat(Field.of(1)).isEmpty();
        assertThat(Field.of(6)).isEmpty();
        assertThat(Field.of(10)).isEmpty();
        assertThat(Field.of(15)).isEmpty();
    }
}
