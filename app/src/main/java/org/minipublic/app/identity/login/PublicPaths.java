package org.minipublic.app.identity.login;

import java.util.List;

/** URL patterns anyone may open without logging in. Kept in one list so the public surface is easy to review. */
final class PublicPaths {

    static final List<String> PATTERNS = List.of(
            "/login",
            "/forgot-password",
            "/password-reset/**",
            "/setup/**",
            "/invitations/**",
            "/register",
            "/register/**",
            "/vote",
            "/vote/**",
            "/portal",
            "/portal/**",
            "/public/**",
            "/accessibility",
            "/api/v1/**",
            "/css/**",
            "/js/**",
            "/fonts/**",
            "/images/**",
            "/webjars/**",
            "/favicon.ico",
            "/error");

    private PublicPaths() {}
}
