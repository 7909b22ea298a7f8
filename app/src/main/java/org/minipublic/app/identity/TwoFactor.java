package org.minipublic.app.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.QrCode;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and single-use backup codes (ADR 0014). A user sets
 * it up on their account page and confirms it with a code; from then on login asks for a code after the password.
 * Platform administrators and organisers must set it up before anything else when
 * {@code minipublic.security.two-factor.required} is on (the default). A code is accepted once: a code for a time step
 * already used, or an earlier one, is refused. Secrets and codes are never logged or audited.
 */
@Service
public class TwoFactor {

    private static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA-1
    private static final String ISSUER = "Minipublic";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts users;
    private final TwoFactorSecrets secrets;
    private final TwoFactorKey key;
    private final PasswordEncoder passwords;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean requiredForStaff;

    TwoFactor(
            UserAccounts users,
            TwoFactorSecrets secrets,
            TwoFactorKey key,
            PasswordEncoder passwords,
            Identity identity,
            AuditLog audit,
            Clock clock,
            @Value("${minipublic.security.two-factor.required:true}") boolean requiredForStaff) {
        this.users = users;
        this.secrets = secrets;
        this.key = key;
        this.passwords = passwords;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.requiredForStaff = requiredForStaff;
    }

    @Transactional(readOnly = true)
    public TwoFactorStatus status(Actor actor) {
        var account = actingAccount(actor);
        boolean enabled = enabledFor(account.id());
        return new TwoFactorStatus(
                enabled, mustUse(account.id()), enabled ? secrets.unusedBackupCodes(account.id()) : 0);
    }

    /** A new secret to set up, or the one already waiting for its first code (so a reloaded page shows the same). */
    @Transactional
    public TwoFactorEnrolment startEnrolment(Actor actor) {
        var account = actingAccount(actor);
        var stored = secrets.find(account.id());
        if (stored.filter(TwoFactorSecrets.Stored::confirmed).isPresent()) {
            throw new InvalidInputException("code", "two-factor.already-enabled");
        }
        byte[] secret = stored.flatMap(s -> pendingSecret(account.id(), s)).orElseGet(() -> newSecret(account.id()));
        return enrolment(account, secret);
    }

    /**
     * Confirms the enrolment with a code from the app, which proves the app holds the secret.
     *
     * @return ten backup codes, which exist only in this answer: the database keeps their keyed hashes
     */
    @Transactional
    public List<String> confirmEnrolment(Actor actor, String code) {
        var account = actingAccount(actor);
        var stored = secrets.find(account.id())
                .filter(s -> !s.confirmed())
                .orElseThrow(() -> new InvalidInputException("code", "two-factor.enrolment.not-started"));
        byte[] secret = key.decrypt(account.id(), stored.sealedSecret());
        var step = Totp.STANDARD.matchingStep(secret, BackupCodes.normalise(code), clock.instant());
        if (step.isEmpty() || !secrets.confirm(account.id(), step.getAsLong(), clock.instant())) {
            throw new InvalidInputException("code", "two-factor.code.wrong");
        }
        audit.record(AuditRecord.of(actor, null, "account.two-factor-enabled", AuditRecord.userSubject(account.id())));
        return issueBackupCodes(account.id());
    }

    /**
     * Ten new backup codes in place of the old ones (used up, or seen by someone), given a current code.
     *
     * @return the new codes, which exist only in this answer
     */
    @Transactional
    public List<String> replaceBackupCodes(Actor actor, String code) {
        var account = actingAccount(actor);
        if (code == null || !acceptCode(account, code)) {
            throw new InvalidInputException("code", "two-factor.code.wrong");
        }
        secrets.deleteBackupCodes(account.id());
        audit.record(AuditRecord.of(
                actor, null, "account.two-factor-backup-codes-replaced", AuditRecord.userSubject(account.id())));
        return issueBackupCodes(account.id());
    }

    /** Switches two-factor sign-in off, with the password and a current code; refused to those who must use it. */
    @Transactional
    public void disable(Actor actor, String password, String code) {
        var account = actingAccount(actor);
        if (mustUse(account.id())) {
            throw new InvalidInputException("code", "two-factor.disable.required");
        }
        if (password == null || !passwords.matches(password, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        if (code == null || !acceptCode(account, code)) {
            throw new InvalidInputException("code", "two-factor.code.wrong");
        }
        secrets.delete(account.id());
        audit.record(AuditRecord.of(actor, null, "account.two-factor-disabled", AuditRecord.userSubject(account.id())));
    }

    /** For login: whether this account must give a code after its password. */
    @Transactional(readOnly = true)
    public boolean enabledFor(UserId user) {
        return secrets.find(user).filter(TwoFactorSecrets.Stored::confirmed).isPresent();
    }

    /** For every page: whether the user must set up two-factor sign-in before doing anything else. */
    @Transactional(readOnly = true)
    public boolean enrolmentRequired(UserId user) {
        return requiredForStaff && secrets.setUpMissing(user);
    }

    /**
     * The second step of login: the user, with their roles, when the code (from the app, or a backup code) is right
     * and unused. A backup code is used up; using one is audited. Attempts are limited by the caller, as for passwords.
     */
    @Transactional
    public Optional<MinipublicUser> completeSignIn(UserId user, String code) {
        return users.findById(user)
                .filter(UserAccount::enabled)
                .filter(account -> acceptCode(account, code))
                .map(MinipublicUser::new);
    }

    boolean mustUse(UserId user) {
        return requiredForStaff && secrets.mustUseTwoFactor(user);
    }

    private boolean acceptCode(UserAccount account, String typed) {
        var stored = secrets.find(account.id()).filter(TwoFactorSecrets.Stored::confirmed);
        String code = BackupCodes.normalise(typed);
        if (stored.isEmpty()) {
            return false;
        }
        if (Totp.STANDARD.looksLikeCode(code)) {
            byte[] secret = key.decrypt(account.id(), stored.get().sealedSecret());
            var step = Totp.STANDARD.matchingStep(secret, code, clock.instant());
            return step.isPresent() && secrets.useStep(account.id(), step.getAsLong());
        }
        if (BackupCodes.wellFormed(code)
                && secrets.useBackupCode(account.id(), key.backupCodeHash(account.id(), code), clock.instant())) {
            var actor = Actor.user(account.id(), account.displayName());
            audit.record(AuditRecord.of(
                    actor, null, "account.two-factor-backup-code-used", AuditRecord.userSubject(account.id())));
            return true;
        }
        return false;
    }

    private List<String> issueBackupCodes(UserId user) {
        List<String> codes = BackupCodes.generate();
        secrets.addBackupCodes(
                user,
                codes.stream()
                        .map(c -> key.backupCodeHash(user, BackupCodes.normalise(c)))
                        .toList());
        return codes;
    }

    /** The secret waiting for its first code; none when it was sealed with another key (a replaced key file). */
    private Optional<byte[]> pendingSecret(UserId user, TwoFactorSecrets.Stored stored) {
        try {
            return Optional.of(key.decrypt(user, stored.sealedSecret()));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private byte[] newSecret(UserId user) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        secrets.startEnrolment(user, key.encrypt(user, secret), clock.instant());
        return secret;
    }

    private static TwoFactorEnrolment enrolment(UserAccount account, byte[] secret) {
        String encoded = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.email(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + encoded + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30";
        return new TwoFactorEnrolment(encoded, uri, QrCode.pngDataUri(uri));
    }

    private UserAccount actingAccount(Actor actor) {
        identity.require(actor, Permission.USE_OWN_ACCOUNT);
        return Optional.ofNullable(actor.userId())
                .flatMap(users::findById)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new PermissionDeniedException("this needs an enabled, logged-in user"));
    }
}
