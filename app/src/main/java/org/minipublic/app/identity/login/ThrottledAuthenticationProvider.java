package org.minipublic.app.identity.login;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.TwoFactor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login that takes a try from {@link LoginThrottle} before checking the password. A try that must wait is
 * refused without looking at the password, so guessing gains nothing from it; any other try counts until it succeeds.
 * For a user with two-factor sign-in a right password is not yet a success: it gives a {@link SecondFactorPending}
 * login, and the login's count is cleared only when the code is right too, so that someone who knows the password
 * cannot start afresh between guesses at the code.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            TwoFactor twoFactor,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(userDetailsService);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = clientAddress(authentication);
        var attempt = throttle.begin(login, address);
        if (!attempt.granted()) {
            throw new LoginDelayedException(attempt.waitSeconds());
        }
        try {
            Authentication result = check(authentication);
            if (result.getPrincipal() instanceof MinipublicUser user && twoFactor.enabledFor(user.userId())) {
                throttle.passwordRight(address);
                return new SecondFactorPending(user.userId(), login, clock.instant(), authentication.getDetails());
            }
            throttle.succeeded(login, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(attempt, login);
            throw e;
        }
    }

    /** A login longer than any e-mail address cannot be right: refused without a database look-up. */
    private Authentication check(Authentication authentication) {
        if (authentication.getName().length() > LoginLimits.MAX_LOGIN_LENGTH) {
            throw new BadCredentialsException("no account has such a long login");
        }
        return passwords.authenticate(authentication);
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
