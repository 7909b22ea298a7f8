package org.minipublic.app.identity;

import static org.minipublic.app.identity.limits.AttemptLimit.LOGIN_PER_ACCOUNT;
import static org.minipublic.app.identity.limits.AttemptLimit.RESET_PER_ACCOUNT;
import static org.minipublic.app.identity.limits.AttemptLimit.RESET_PER_ADDRESS;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a password: by the user, who knows the current one, or through a one-time link e-mailed when the user
 * forgot it or an administrator sent it. Nobody else ever sees or sets a password. Every new password ends the user's
 * sessions everywhere and clears their login count; every step is audited, naming accounts by id. Changing one's
 * own password needs {@link Permission#USE_OWN_ACCOUNT}; sending a link to someone else, or writing a link into an
 * e-mail, needs {@link Permission#MANAGE_ACCOUNTS}.
 */
@Service
public class Passwords {

    static final Duration RESET_LINK_VALIDITY = Duration.ofHours(1);
    private static final Actor ANONYMOUS = new Actor(null, "visitor (forgotten-password form)");

    private final UserAccounts users;
    private final PasswordResets resets;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final Attempts attempts;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    Passwords(
            UserAccounts users,
            PasswordResets resets,
            PasswordEncoder encoder,
            UserSessions sessions,
            Attempts attempts,
            Identity identity,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.users = users;
        this.resets = resets;
        this.encoder = encoder;
        this.sessions = sessions;
        this.attempts = attempts;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The acting user changes their own password, proving they know the current one. */
    @Transactional
    public void change(Actor actor, String currentPassword, String newPassword) {
        identity.require(actor, Permission.USE_OWN_ACCOUNT);
        var account = actingAccount(actor);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.email());
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw new InvalidInputException("newPassword", "password.same-as-current");
        }
        audit.record(AuditRecord.of(actor, null, "account.password-changed", "user " + account.id()));
        setPassword(account, newPassword);
    }

    /**
     * The forgotten-password form: e-mails a link when the address belongs to an enabled account and does nothing
     * otherwise, so the answer is the same either way. Limited per address typed and per client address.
     *
     * @return how long to wait first, when too many links were asked for
     */
    @Transactional
    public Optional<Duration> requestReset(String email, @Nullable String clientAddress, Locale language) {
        var attempt = attempts.take(
                AttemptSubject.typed(RESET_PER_ACCOUNT, email),
                AttemptSubject.address(RESET_PER_ADDRESS, clientAddress));
        if (!attempt.granted()) {
            return Optional.of(attempt.delay());
        }
        if (email != null && email.length() <= 254) {
            users.findByEmail(email).filter(UserAccount::enabled).ifPresent(account -> {
                audit.record(
                        AuditRecord.of(ANONYMOUS, null, "account.password-reset-requested", "user " + account.id()));
                issue(account, null, language);
            });
        }
        return Optional.empty();
    }

    /** An administrator sends a user a link to choose a new password; the current one works until it is used. */
    @Transactional
    public void sendReset(Actor administrator, UserId user, Locale language) {
        identity.require(administrator, Permission.MANAGE_ACCOUNTS);
        var account = users.findById(user).orElseThrow(() -> new InvalidInputException("user", "account.unknown"));
        audit.record(AuditRecord.of(administrator, null, "account.password-reset-sent", "user " + user));
        issue(account, administrator.userId(), language);
    }

    /**
     * Makes the one-time link for a reset's e-mail while the e-mail is written, so that its token exists only there;
     * the database keeps its hash. Writing it again (a retried e-mail) makes a new link, and the earlier one stops
     * working. Empty when the reset was used or replaced, or has expired.
     */
    @Transactional
    public Optional<PasswordResetLetter> issueLetter(Actor actor, PasswordResetId id) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        var reset = resets.find(id).filter(r -> r.isOpenAt(clock.instant()));
        var account = reset.flatMap(r -> users.findById(r.userId()));
        if (reset.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        String token = Tokens.newToken();
        resets.setTokenHash(id, Tokens.hash(token));
        return Optional.of(new PasswordResetLetter(
                account.get().email(),
                baseUrl + "/password-reset/" + token,
                Locale.forLanguageTag(reset.get().language()),
                RESET_LINK_VALIDITY,
                reset.get().requestedBy() != null));
    }

    @Transactional(readOnly = true)
    public boolean resetLinkUsable(String token) {
        return openReset(token).isPresent();
    }

    /** Sets the password chosen through an e-mailed link. The link then stops working, as do all older ones. */
    @Transactional
    public void completeReset(String token, String newPassword) {
        var reset =
                openReset(token).orElseThrow(() -> new InvalidInputException("password", "password.reset.not-usable"));
        var account = users.findById(reset.userId())
                .orElseThrow(() -> new InvalidInputException("password", "password.reset.not-usable"));
        PasswordPolicy.check("password", newPassword, account.email());
        if (!resets.use(reset.id(), clock.instant())) {
            throw new InvalidInputException("password", "password.reset.not-usable");
        }
        var actor = Actor.user(account.id(), account.displayName());
        audit.record(AuditRecord.of(actor, null, "account.password-reset", "user " + account.id()));
        setPassword(account, newPassword);
    }

    private void issue(UserAccount account, @Nullable UserId by, Locale language) {
        var now = clock.instant();
        resets.revokeOpen(account.id(), now);
        var id = PasswordResetId.random();
        resets.insert(new PasswordReset(
                id, account.id(), by, language.toLanguageTag(), now, now.plus(RESET_LINK_VALIDITY), null, null));
        events.publishEvent(new PasswordResetRequested(id));
    }

    /** A new password: older links stop working, the login count starts afresh, every session ends. */
    private void setPassword(UserAccount account, String newPassword) {
        users.setPasswordHash(account.id(), hash(encoder, newPassword));
        resets.revokeOpen(account.id(), clock.instant());
        attempts.forget(AttemptSubject.typed(LOGIN_PER_ACCOUNT, account.email()));
        sessions.endAll(account.email());
    }

    private Optional<PasswordReset> openReset(String token) {
        return resets.findByTokenHash(Tokens.hash(token)).filter(r -> r.isOpenAt(clock.instant()));
    }

    private UserAccount actingAccount(Actor actor) {
        return Optional.ofNullable(actor.userId())
                .flatMap(users::findById)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new PermissionDeniedException("this needs an enabled, logged-in user"));
    }

    /** The stored hash of a password; the encoder answers null only for a null password, which never reaches it. */
    static String hash(PasswordEncoder encoder, String password) {
        return java.util.Objects.requireNonNull(encoder.encode(password), "hash");
    }
}
