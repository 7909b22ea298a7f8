package org.minipublic.app.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.TwoFactor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * The second step of login: the code from the authenticator app, or a backup code, after a right password. Each try
 * takes one from the same limits as a password ({@link LoginThrottle}), so a wrong code costs as much as a wrong
 * password. A right code gives the session a new id (so an id seen before the code is worthless) and the user their
 * roles. The step must be taken within {@link #VALIDITY} of the password.
 */
@Component
public class SecondStep {

    static final Duration VALIDITY = Duration.ofMinutes(10);

    /** Longer than any code or backup code, however spaced: refused without a look-up. */
    private static final int MAX_CODE_LENGTH = 32;

    public enum Outcome {
        SIGNED_IN,
        WRONG,
        WAIT,
        EXPIRED,
        NOT_PENDING
    }

    /**
     * @param waitSeconds for {@link Outcome#WAIT}, how long to wait
     * @param target for {@link Outcome#SIGNED_IN}, the page to go to: the one asked for before login, or the start
     */
    public record Result(Outcome outcome, long waitSeconds, String target) {
        static Result of(Outcome outcome) {
            return new Result(outcome, 0, "/");
        }
    }

    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final RequestCache returnAfterLogin = SecurityConfiguration.returnAfterLogin();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondStep(TwoFactor twoFactor, LoginThrottle throttle, Clock clock) {
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether the current login waits for its code. */
    public boolean pending() {
        return pendingLogin() != null;
    }

    public Result complete(String code, HttpServletRequest request, HttpServletResponse response) {
        var pending = pendingLogin();
        if (pending == null) {
            return Result.of(Outcome.NOT_PENDING);
        }
        if (clock.instant().isAfter(pending.passwordCheckedAt().plus(VALIDITY))) {
            new SecurityContextLogoutHandler().logout(request, response, pending);
            return Result.of(Outcome.EXPIRED);
        }
        String address = request.getRemoteAddr();
        var attempt = throttle.begin(pending.getName(), address);
        if (!attempt.granted()) {
            return new Result(Outcome.WAIT, attempt.waitSeconds(), "/");
        }
        var user = code.length() > MAX_CODE_LENGTH
                ? Optional.<MinipublicUser>empty()
                : twoFactor.completeSignIn(pending.userId(), code);
        if (user.isEmpty()) {
            throttle.failed(attempt, pending.getName());
            return Result.of(Outcome.WRONG);
        }
        throttle.succeeded(pending.getName(), address);
        signIn(user.get(), pending.getDetails(), request, response);
        return new Result(Outcome.SIGNED_IN, 0, target(request, response));
    }

    private void signIn(
            MinipublicUser user, @Nullable Object details, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(details);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private String target(HttpServletRequest request, HttpServletResponse response) {
        var saved = returnAfterLogin.getRequest(request, response);
        returnAfterLogin.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    private static @Nullable SecondFactorPending pendingLogin() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
                ? pending
                : null;
    }
}
