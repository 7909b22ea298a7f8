package org.minipublic.app.identity;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security holds it in the session. Roles in assemblies are not cached here: they are
 * read from the database on each check, so a change takes effect at once.
 */
public final class MinipublicUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UserId userId;
    private final String email;
    private final String displayName;
    private final boolean platformAdmin;
    private final boolean enabled;
    private @Nullable String passwordHash;

    MinipublicUser(UserAccount account) {
        this.userId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.platformAdmin = account.platformAdmin();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    public UserId userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public Actor actor() {
        return Actor.user(userId, displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinipublicUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "MinipublicUser[" + userId + "]";
    }
}
