package org.minipublic.app.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.TwoFactor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a login to the pages it has earned. A login waiting for its code reaches the code page only; a platform
 * administrator or organiser who must set up two-factor sign-in reaches the set-up page only, from the first page
 * after login until it is done. Both may still log out and load the styles and scripts those pages need.
 */
final class TwoFactorGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROLMENT_PAGE = "/account/two-factor";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher ALWAYS_OPEN = new OrRequestMatcher(
            PATHS.matcher("/logout"),
            PATHS.matcher("/error"),
            PATHS.matcher("/css/**"),
            PATHS.matcher("/js/**"),
            PATHS.matcher("/fonts/**"),
            PATHS.matcher("/images/**"),
            PATHS.matcher("/webjars/**"),
            PATHS.matcher("/favicon.ico"),
            PATHS.matcher("/actuator/health/**"));
    private static final RequestMatcher CODE = PATHS.matcher(CODE_PAGE);
    private static final RequestMatcher ENROLMENT =
            new OrRequestMatcher(PATHS.matcher(ENROLMENT_PAGE), PATHS.matcher(ENROLMENT_PAGE + "/**"));

    private final TwoFactor twoFactor;

    TwoFactorGate(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String target = ALWAYS_OPEN.matches(request)
                ? null
                : redirectFor(SecurityContextHolder.getContext().getAuthentication(), request);
        if (target == null) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + target);
        }
    }

    private @Nullable String redirectFor(@Nullable Authentication authentication, HttpServletRequest request) {
        if (authentication instanceof SecondFactorPending) {
            return CODE.matches(request) ? null : CODE_PAGE;
        }
        if (authentication != null
                && authentication.getPrincipal() instanceof MinipublicUser user
                && !ENROLMENT.matches(request)
                && twoFactor.enrolmentRequired(user.userId())) {
            return ENROLMENT_PAGE;
        }
        return null;
    }
}
