package org.minipublic.app.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page, saying how long to wait when the attempt was refused. Unlike Spring
 * Security's default handler it keeps nothing in a session, so failed logins store nothing.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof LoginDelayedException delayed
                ? "/login?wait=" + delayed.waitSeconds()
                : "/login?error";
        redirects.sendRedirect(request, response, target);
    }
}
