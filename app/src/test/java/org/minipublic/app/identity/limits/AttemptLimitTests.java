package org.minipublic.app.identity.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;

/** Limits other modules define: a name that keeps their counts apart, and allowances that always let someone in. */
class AttemptLimitTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "Login", "login per account", "login:account", "a-name-longer-than-thirty-two-chars"})
    void refusesANameThatCannotStartAKey(String name) {
        assertThatThrownBy(() -> AttemptLimit.of(name, new Allowance(1, Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALimitThatWouldNeverAllowAnAttempt() {
        assertThatThrownBy(() -> AttemptLimit.of("nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Allowance(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Allowance(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachAllowanceIsOneLayerOfTheBucket() {
        var limit = AttemptLimit.of(
                "two-layers", new Allowance(3, Duration.ofMinutes(1)), new Allowance(10, Duration.ofHours(1)));
        assertThat(limit.configuration().getBandwidths()).hasSize(2);
        assertThat(limit.configuration().getBandwidths()[0].getCapacity()).isEqualTo(3);
    }

    @Test
    void keysNameTheLimitAndHashTheValue() {
        var subject = AttemptSubject.typed(AttemptLimit.LOGIN_PER_ACCOUNT, "  Someone@Example.org ");
        assertThat(Attempts.key(subject))
                .startsWith("login-per-account:")
                .doesNotContainIgnoringCase("someone")
                .hasSize("login-per-account:".length() + 64)
                .isEqualTo(Attempts.key(AttemptSubject.typed(AttemptLimit.LOGIN_PER_ACCOUNT, "someone@example.org")));
    }
}
