package org.minipublic.app.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the CSRF token in the session when there is one (a logged-in user) and otherwise in an HTTP-only cookie. The
 * pages anyone may open (the login and forgotten-password forms) then carry a token without storing a session row
 * for every visitor, and a logged-in user's forms stay bound to their session. Either way the form's hidden field
 * must match the stored token, so forms work without JavaScript.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE_NAME = "MINIPUBLIC_CSRF";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookies.setCookieName(COOKIE_NAME);
        cookies.setHeaderName("X-CSRF-TOKEN");
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            cookies.saveToken(token, request, response);
            return;
        }
        sessions.saveToken(token, request, response);
        if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
            cookies.saveToken(null, request, response); // the session holds it now
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
