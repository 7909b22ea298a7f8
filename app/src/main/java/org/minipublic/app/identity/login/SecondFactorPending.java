package org.minipublic.app.identity.login;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login whose password was right but whose code has not been given yet. It grants no role: the only page it opens
 * is the code page ({@link TwoFactorGate}), and its principal is a bare id, so nothing that expects a logged-in user
 * mistakes it for one. Its name is the login, so that ending a user's sessions ends this one too.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final UserId userId;
    private final String login;
    private final Instant passwordCheckedAt;

    SecondFactorPending(UserId userId, String login, Instant passwordCheckedAt, @Nullable Object details) {
        super(List.of(new SimpleGrantedAuthority("SECOND_FACTOR_PENDING")));
        this.userId = userId;
        this.login = login;
        this.passwordCheckedAt = passwordCheckedAt;
        setDetails(details);
        setAuthenticated(true);
    }

    UserId userId() {
        return userId;
    }

    Instant passwordCheckedAt() {
        return passwordCheckedAt;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return userId;
    }

    @Override
    public String getName() {
        return login;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecondFactorPending pending
                && pending.userId.equals(userId)
                && pending.passwordCheckedAt.equals(passwordCheckedAt);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
