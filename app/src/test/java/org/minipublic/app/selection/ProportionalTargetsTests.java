package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProportionalTargetsTests {

    @Test
    void anExactShareGivesThatManySeatsWidenedByTheTolerance() {
        // 20 % of 45 is exactly 9 seats
        assertThat(ProportionalTargets.of("Gender", "Man", 20, 45, 0))
                .extracting(Target::min, Target::max)
                .containsExactly(9, 9);
        assertThat(ProportionalTargets.of("Gender", "Man", 20, 45, 1))
                .extracting(Target::min, Target::max)
                .containsExactly(8, 10);
    }

    @Test
    void aFractionalShareIsRoundedDownForTheFewestAndUpForTheMost() {
        // 50 % of 45 is 22.5 seats
        var target = ProportionalTargets.of("Gender", "Woman", 50, 45, 1);
        assertThat(target.min()).isEqualTo(21);
        assertThat(target.max()).isEqualTo(24);
        assertThat(target.population()).isEqualTo(50.0);
    }

    @Test
    void targetsStayWithinNoSeatsAndTheWholePanel() {
        var tiny = ProportionalTargets.of("Ethnicity", "Other", 0.5, 45, 2);
        assertThat(tiny.min()).isZero();
        assertThat(tiny.max()).isEqualTo(3);
        var everyone = ProportionalTargets.of("Area", "All", 100, 45, 2);
        assertThat(everyone.min()).isEqualTo(43);
        assertThat(everyone.max()).isEqualTo(45);
    }

    @Test
    void aShareThatFloatingPointMakesSlightlyInexactStillCountsAsExact() {
        // 0.1 * 30 is 3.0000000000000004 in floating point: it must not round up to 4
        var target = ProportionalTargets.of("Age band", "16-24", 10, 30, 0);
        assertThat(target.min()).isEqualTo(3);
        assertThat(target.max()).isEqualTo(3);
    }
}
