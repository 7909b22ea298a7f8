package org.minipublic.app.identity.login;

import static org.minipublic.app.identity.limits.AttemptLimit.LOGIN_PER_ACCOUNT;
import static org.minipublic.app.identity.limits.AttemptLimit.LOGIN_PER_ADDRESS;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.limits.Attempt;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without locking anyone out: each login, and each client address, may try a few passwords
 * at once and must then wait a little longer before each further try ({@link AttemptLimit}). Once a wait is over the
 * right password is accepted, and it clears the login's count. Unknown logins are counted in the same way, so the
 * answers do not reveal which addresses have accounts. Reaching a limit is audited once, naming the account by id
 * (or "an unknown login"), never the text typed or the client's IP address.
 */
@Component
class LoginThrottle {

    private final Attempts attempts;
    private final Accounts accounts;
    private final AuditLog audit;

    LoginThrottle(Attempts attempts, Accounts accounts, AuditLog audit) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Takes one try for this login from this address, or says how long to wait. Counts commit at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt begin(String login, @Nullable String address) {
        return attempts.take(account(login), address(address));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Attempt attempt, String login) {
        for (AttemptSubject subject : attempt.usedUp()) {
            if (attempts.startThrottling(subject)) {
                audit.record(throttlingStarted(subject, login));
            }
        }
    }

    /** The login was right: its count starts afresh, and the address gets its try back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String login, @Nullable String address) {
        attempts.forget(account(login));
        attempts.giveBack(address(address));
    }

    /** The password was right but a code must follow: the address gets its try back, the login's count stays. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordRight(@Nullable String address) {
        attempts.giveBack(address(address));
    }

    private AuditRecord throttlingStarted(AttemptSubject subject, String login) {
        if (subject.limit().equals(LOGIN_PER_ADDRESS)) {
            return AuditRecord.of(Actor.system(), null, "login.address-throttled", "a client address");
        }
        String account = login.length() > LoginLimits.MAX_LOGIN_LENGTH
                ? "an unknown login"
                : accounts.findByEmail(Actor.system(), login)
                        .map(id -> "user " + id)
                        .orElse("an unknown login");
        return AuditRecord.of(Actor.system(), null, "login.throttled", account);
    }

    private static AttemptSubject account(String login) {
        return AttemptSubject.typed(LOGIN_PER_ACCOUNT, login);
    }

    private static AttemptSubject address(@Nullable String address) {
        return AttemptSubject.address(LOGIN_PER_ADDRESS, address);
    }
}
