package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Outbox;
import org.minipublic.app.support.TotpCodes;
import org.minipublic.app.support.TwoFactorRequiredTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in through its facades: enrolment confirmed with a code computed here from the secret, codes and
 * backup codes that work once, switching it off, and resets by administrators, audited and e-mailed.
 */
@TwoFactorRequiredTest
class TwoFactorIntegrationTests {

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    TwoFactorResets resets;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolmentIsConfirmedWithACodeFromTheSecretAndGivesTenBackupCodesKeptOnlyAsKeyedHashes() {
        var user = fixtures.user("Careful Clerk");
        var enrolment = twoFactor.startEnrolment(user.actor());
        assertThat(twoFactor.startEnrolment(user.actor()).secret())
                .as("a reloaded page shows the same secret")
                .isEqualTo(enrolment.secret());
        assertThat(enrolment.otpauthUri())
                .startsWith("otpauth://totp/Minipublic%3A")
                .contains("secret=" + enrolment.secret(), "issuer=Minipublic");
        assertThat(enrolment.qrCode()).startsWith("data:image/png;base64,");
        assertThatThrownBy(() -> twoFactor.confirmEnrolment(user.actor(), "000000"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(twoFactor.enabledFor(user.id())).isFalse();

        List<String> codes = twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(enrolment.secret(), 0));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.status(user.actor())).isEqualTo(new TwoFactorStatus(true, false, 10));
        byte[] stored = jdbc.sql("select secret from identity.two_factor where user_id = :user")
                .param("user", user.id().value())
                .query(byte[].class)
                .single();
        assertThat(stored).isNotEqualTo(TotpCodes.decode(enrolment.secret()));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(TotpCodes.decode(enrolment.secret()), StandardCharsets.ISO_8859_1));
        List<String> hashes = jdbc.sql("select code_hash from identity.two_factor_backup_codes where user_id = :user")
                .param("user", user.id().value())
                .query(String.class)
                .list();
        assertThat(hashes).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(hashes).doesNotContain(Tokens.hash(codes.get(0).replace("-", "")));
        assertThat(audited("account.two-factor-enabled", user)).isEqualTo(1);
    }

    @Test
    void anEnrolmentSealedUnderAnotherKeyStartsAgainWithANewSecret() {
        var user = fixtures.user("Restored Elsewhere");
        String first = twoFactor.startEnrolment(user.actor()).secret();
        jdbc.sql("update identity.two_factor set secret = :other where user_id = :user")
                .param("other", new TwoFactorKey(new byte[32]).encrypt(user.id(), TotpCodes.decode(first)))
                .param("user", user.id().value())
                .update();

        String second = twoFactor.startEnrolment(user.actor()).secret();

        assertThat(second).isNotEqualTo(first);
        assertThat(twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(second, 0)))
                .hasSize(10);
    }

    @Test
    void aCodeFromTheAppWorksOnceAndNotForAnEarlierStep() {
        var user = fixtures.user("Replay Target");
        String secret = enrol(user);

        assertThat(twoFactor.completeSignIn(user.id(), TotpCodes.at(secret, 0))).isPresent();
        assertThat(twoFactor.completeSignIn(user.id(), TotpCodes.at(secret, 0)))
                .as("the same code again")
                .isEmpty();
        assertThat(twoFactor.completeSignIn(user.id(), TotpCodes.at(secret, -1)))
                .as("the code of the step before")
                .isEmpty();
        assertThat(twoFactor.completeSignIn(user.id(), TotpCodes.at(secret, 1))).isPresent();
    }

    @Test
    void aBackupCodeWorksOnceHoweverItIsTypedAndItsUseIsAudited() {
        var user = fixtures.user("Phone Loser");
        var codes = enrolWithCodes(user);
        String typed = " " + codes.get(3).toUpperCase(Locale.ROOT).replace("-", " ") + " ";

        assertThat(twoFactor.completeSignIn(user.id(), typed))
                .map(MinipublicUser::userId)
                .hasValue(user.id());
        assertThat(twoFactor.completeSignIn(user.id(), codes.get(3))).isEmpty();
        assertThat(twoFactor.completeSignIn(user.id(), "abcde-fghjk")).isEmpty();
        assertThat(twoFactor.status(user.actor()).backupCodesLeft()).isEqualTo(9);
        assertThat(audited("account.two-factor-backup-code-used", user)).isEqualTo(1);
    }

    @Test
    void newBackupCodesNeedACurrentCodeAndReplaceTheOldOnes() {
        var user = fixtures.user("Code Renewer");
        var old = enrolWithCodes(user);
        assertThatThrownBy(() -> twoFactor.replaceBackupCodes(user.actor(), "abcde-fghjk"))
                .hasFieldOrPropertyWithValue("messageKey", "two-factor.code.wrong");

        var fresh = twoFactor.replaceBackupCodes(user.actor(), old.get(0));

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(twoFactor.completeSignIn(user.id(), old.get(1)))
                .as("an old code")
                .isEmpty();
        assertThat(twoFactor.completeSignIn(user.id(), fresh.get(0))).isPresent();
        assertThat(audited("account.two-factor-backup-codes-replaced", user)).isEqualTo(1);
    }

    @Test
    void switchingItOffNeedsThePasswordAndACodeAndIsRefusedToOrganisers() {
        var user = fixtures.user("Switcher");
        String secret = enrol(user);
        assertThatThrownBy(() -> twoFactor.disable(user.actor(), "not the password", TotpCodes.at(secret, 1)))
                .hasFieldOrPropertyWithValue("messageKey", "password.current.wrong");
        assertThatThrownBy(() -> twoFactor.disable(user.actor(), Fixtures.PASSWORD, "123456"))
                .hasFieldOrPropertyWithValue("messageKey", "two-factor.code.wrong");

        twoFactor.disable(user.actor(), Fixtures.PASSWORD, TotpCodes.at(secret, 1));

        assertThat(twoFactor.enabledFor(user.id())).isFalse();
        assertThat(audited("account.two-factor-disabled", user)).isEqualTo(1);
        var organiser = fixtures.organiser("Bound Organiser");
        String organisersSecret = enrol(organiser);
        assertThatThrownBy(() ->
                        twoFactor.disable(organiser.actor(), Fixtures.PASSWORD, TotpCodes.at(organisersSecret, 1)))
                .hasFieldOrPropertyWithValue("messageKey", "two-factor.disable.required");
        assertThat(twoFactor.enabledFor(organiser.id())).isTrue();
    }

    @Test
    void onlyAdministratorsAndOrganisersMustEnrol() {
        var organiser = fixtures.organiser("Must Enrol");
        var admin = fixtures.admin("Must Enrol Too");
        var user = fixtures.user("May Enrol");

        assertThat(twoFactor.enrolmentRequired(organiser.id())).isTrue();
        assertThat(twoFactor.enrolmentRequired(admin.id())).isTrue();
        assertThat(twoFactor.enrolmentRequired(user.id())).isFalse();
        enrol(organiser);
        assertThat(twoFactor.enrolmentRequired(organiser.id())).isFalse();
    }

    @Test
    void anAdministratorsResetIsAuditedAndEmailedAndTheOrganiserMustEnrolAgain() {
        var admin = fixtures.admin("Resetting Admin");
        var organiser = fixtures.organiser("Lost Phone");
        enrol(organiser);

        resets.reset(admin.actor(), organiser.id(), Locale.ENGLISH);

        assertThat(twoFactor.enabledFor(organiser.id())).isFalse();
        assertThat(twoFactor.enrolmentRequired(organiser.id())).isTrue();
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'account.two-factor-reset'"
                                + " and actor_id = :admin and subject = :subject")
                        .param("admin", admin.id().value())
                        .param("subject", "user " + organiser.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var mail = outbox.awaitSent(organiser.email());
        assertThat(mail.header("Subject")).contains("two-factor sign-in");
        assertThat(mail.body()).contains("reset the two-factor sign-in", "set up two-factor sign-in again");
    }

    @Test
    void nobodyButAnAdministratorResetsAndNobodyResetsTheirOwn() {
        var admin = fixtures.admin("Self Resetter");
        var organiser = fixtures.organiser("Not An Admin");
        var target = fixtures.user("Target");
        enrol(target);
        enrol(admin);

        assertThatThrownBy(() -> resets.reset(organiser.actor(), target.id(), Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resets.reset(admin.actor(), admin.id(), Locale.ENGLISH))
                .hasFieldOrPropertyWithValue("messageKey", "two-factor.reset.self");
        assertThat(twoFactor.enabledFor(target.id())).isTrue();
        assertThat(twoFactor.enabledFor(admin.id())).isTrue();
        var starter = fixtures.user("Only Started");
        twoFactor.startEnrolment(starter.actor());
        assertThatThrownBy(() -> resets.reset(admin.actor(), starter.id(), Locale.ENGLISH))
                .hasFieldOrPropertyWithValue("messageKey", "two-factor.reset.not-enabled");
        assertThat(audited("account.two-factor-reset", target)).isZero();
    }

    private String enrol(TestUser user) {
        String secret = twoFactor.startEnrolment(user.actor()).secret();
        twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(secret, -1));
        return secret;
    }

    private List<String> enrolWithCodes(TestUser user) {
        String secret = twoFactor.startEnrolment(user.actor()).secret();
        return twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(secret, -1));
    }

    private long audited(String action, TestUser user) {
        return jdbc.sql("select count(*) from audit.entries where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", "user " + user.id())
                .query(Long.class)
                .single();
    }
}
