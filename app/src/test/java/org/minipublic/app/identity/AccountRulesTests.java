package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;

class AccountRulesTests {

    @Test
    void normalisesAndChecksEmailAddresses() {
        assertThat(EmailAddresses.normalise("email", "  Ada@Example.ORG ")).isEqualTo("ada@example.org");
        assertThatThrownBy(() -> EmailAddresses.normalise("email", "ada@example"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("email.invalid");
        assertThatThrownBy(() -> EmailAddresses.normalise("email", " "))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("email.required");
    }

    @Test
    void passwordsAreLongButNotTheEmailAddress() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "elevenchars", "a@b.org"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("password.too-short");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(129), "a@b.org"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("password.too-long");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "long.address@b.org", "Long.Address@b.org"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("password.is-email");
        assertThatCode(() -> PasswordPolicy.check("password", "twelve chars", "a@b.org"))
                .doesNotThrowAnyException();
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsHashes() {
        String token = Tokens.newToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(Tokens.newToken());
        assertThat(Tokens.hash(token)).hasSize(64).isEqualTo(Tokens.hash(token)).doesNotContain(token);
    }

    @Test
    void permissionsFollowTheRoleTable() {
        assertThat(Permission.EDIT_ASSEMBLY.grantedTo(AssemblyRole.ORGANISER)).isTrue();
        assertThat(Permission.EDIT_ASSEMBLY.grantedTo(AssemblyRole.FACILITATOR)).isFalse();
        assertThat(Permission.VIEW_DASHBOARD.grantedTo(AssemblyRole.MEMBER)).isFalse();
        assertThat(Permission.VIEW_MEMBER_PAGE.grantedTo(AssemblyRole.MEMBER)).isTrue();
    }
}
