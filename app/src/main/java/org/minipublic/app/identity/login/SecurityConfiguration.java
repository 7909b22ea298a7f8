package org.minipublic.app.identity.login;

import org.minipublic.app.identity.TwoFactor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login with CSRF protection, sessions kept by Spring Session in PostgreSQL, and headers that forbid inline
 * script, framing and sniffing. Access to a page inside an assembly is checked per request by the identity web
 * layer from {@code @RequiresPermission}.
 *
 * <p>A session is created only by logging in: anonymous visitors get their CSRF token and the page to return to
 * after login in cookies, so that nobody can fill the session table without an account. Over HTTPS (directly or
 * behind a proxy that says so, see {@code server.forward-headers-strategy}) every cookie is {@code Secure} and pages
 * carry HSTS.
 *
 * <p>Two-factor sign-in (ADR 0014) is a second step after the password: {@link ThrottledAuthenticationProvider} gives
 * a login that can open only the code page ({@link SecondFactorPending}, held back by {@link TwoFactorGate}), and
 * {@link SecondStep} turns it into the user's login when the code is right.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SESSION_COOKIE = "MINIPUBLIC_SESSION";

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TwoFactor twoFactor) throws Exception {
        var returnAfterLogin = returnAfterLogin();
        // The ThrottledAuthenticationProvider bean is the global provider. Adding it here as well would check
        // every password twice and count every failure twice.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PublicPaths.PATTERNS.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(new SignInSuccessHandler(returnAfterLogin))
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(returnAfterLogin))
                .addFilterBefore(new TwoFactorGate(twoFactor), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies(SESSION_COOKIE, SessionOrCookieCsrfTokenRepository.COOKIE_NAME))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * No observations of Spring Security's own: they wrap each of its filters in a timer on every request, about a
     * tenth of what a vote costs the server when a room casts at once (docs/benchmarks.md), and say nothing an
     * operator needs that the request metrics ({@code http.server.requests}) do not.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Remembers, in a cookie rather than a session, which page an anonymous visitor asked for; pages only (GET). */
    static CookieRequestCache returnAfterLogin() {
        var cache = new CookieRequestCache();
        cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"));
        return cache;
    }
}
