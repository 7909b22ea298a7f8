package org.minipublic.app.identity;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' side of two-factor sign-in: who has it, and removing it for someone who lost their phone and their
 * backup codes. A reset ends the user's sessions, is audited (who, for which user; nothing secret) and is e-mailed to
 * the user, so that a reset they did not ask for does not go unnoticed. Needs {@link Permission#MANAGE_ACCOUNTS};
 * nobody resets their own, which would let a stolen session switch it off without a code.
 */
@Service
public class TwoFactorResets {

    private final UserAccounts users;
    private final TwoFactorSecrets secrets;
    private final TwoFactor twoFactor;
    private final UserSessions sessions;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TwoFactorResets(
            UserAccounts users,
            TwoFactorSecrets secrets,
            TwoFactor twoFactor,
            UserSessions sessions,
            Identity identity,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.users = users;
        this.secrets = secrets;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
    }

    /** Which of these users log in with two-factor sign-in. */
    @Transactional(readOnly = true)
    public Set<UserId> enabledAmong(Actor actor, Collection<UserId> ids) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        return secrets.confirmedAmong(ids);
    }

    /** Removes the user's secret and backup codes; they log in with their password alone, or enrol again. */
    @Transactional
    public void reset(Actor administrator, UserId user, Locale language) {
        identity.require(administrator, Permission.MANAGE_ACCOUNTS);
        if (user.equals(administrator.userId())) {
            throw new InvalidInputException("user", "two-factor.reset.self");
        }
        var account = users.findById(user).orElseThrow(() -> new InvalidInputException("user", "account.unknown"));
        if (!twoFactor.enabledFor(user) || !secrets.delete(user)) {
            throw new InvalidInputException("user", "two-factor.reset.not-enabled");
        }
        audit.record(AuditRecord.of(administrator, null, "account.two-factor-reset", AuditRecord.userSubject(user)));
        sessions.endAll(account.email());
        events.publishEvent(new TwoFactorWasReset(user, language.toLanguageTag()));
    }

    /** What the e-mail about a reset needs; empty when the account no longer exists. */
    @Transactional(readOnly = true)
    public Optional<TwoFactorResetLetter> resetLetter(Actor actor, UserId user, Locale language) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        return users.findById(user)
                .map(account -> new TwoFactorResetLetter(account.email(), language, twoFactor.mustUse(user)));
    }
}
