package org.minipublic.app.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.TwoFactor;
import org.minipublic.app.identity.limits.AttemptsOnAClock;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.MovableClock;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The login throttle against the real database, with time that the test moves: waits grow while wrong passwords keep
 * coming, and the right password always gets in once a wait is over, the administrator's included.
 */
@IntegrationTest
class LoginDelaysIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TwoFactor twoFactor;

    MovableClock clock;
    ThrottledAuthenticationProvider provider;
    String address;

    @BeforeEach
    void throttleOnAMovableClock() {
        // Far from the shared context's clock, so buckets written here are not purged by other tests, nor theirs here.
        clock = new MovableClock(Instant.parse("2031-01-01T00:00:00Z"));
        var attempts = transactional(AttemptsOnAClock.create(jdbc, clock));
        var throttle = transactional(new LoginThrottle(attempts, accounts, audit));
        provider = new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, twoFactor, clock);
        // A /64 network of its own, so that tests do not share the per-address count.
        var random = ThreadLocalRandom.current();
        address = "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x10000)) + "::1";
    }

    @Test
    void theAdministratorsRightPasswordGetsInAsSoonAsTheWaitIsOver() {
        var admin = fixtures.admin("Guessed Administrator");
        for (int attempt = 0; attempt < 5; attempt++) {
            String guess = "wrong guess " + attempt;
            assertThatThrownBy(() -> logIn(admin.email(), guess)).isInstanceOf(BadCredentialsException.class);
        }
        var refusal = refusal(admin.email(), Fixtures.PASSWORD);
        clock.advance(Duration.ofSeconds(refusal.waitSeconds()));
        assertThat(logIn(admin.email(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void waitsGrowWhileWrongPasswordsKeepComing() {
        var user = fixtures.user("Persistently Guessed");
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 30; attempt++) {
            var refused = tryWrongPassword(user.email(), attempt);
            while (refused != null) {
                waits.add(refused.waitSeconds());
                clock.advance(Duration.ofSeconds(refused.waitSeconds()));
                refused = tryWrongPassword(user.email(), attempt);
            }
        }
        assertThat(waits.get(0)).as("after 5 at once").isBetween(1L, 12L);
        assertThat(waits.get(7)).as("after 10").isBetween(60L, 90L);
        assertThat(waits.get(waits.size() - 1)).as("after 20").isBetween(600L, 720L);
        assertThat(waits).as("never a wait the right password cannot outlast").allMatch(wait -> wait <= 720);
        clock.advance(Duration.ofMinutes(12));
        assertThat(logIn(user.email(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theRightPasswordClearsTheCount() {
        var user = fixtures.user("Clears Its Count");
        for (int attempt = 0; attempt < 4; attempt++) {
            String typo = "typo " + attempt;
            assertThatThrownBy(() -> logIn(user.email(), typo)).isInstanceOf(BadCredentialsException.class);
        }
        logIn(user.email(), Fixtures.PASSWORD);
        for (int attempt = 0; attempt < 4; attempt++) {
            String typo = "typo " + attempt;
            assertThatThrownBy(() -> logIn(user.email(), typo)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn(user.email(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    private LoginDelayedException tryWrongPassword(String email, int attempt) {
        try {
            logIn(email, "wrong guess " + attempt);
            throw new AssertionError("a wrong password was accepted");
        } catch (BadCredentialsException e) {
            return null;
        } catch (LoginDelayedException e) {
            return e;
        }
    }

    private LoginDelayedException refusal(String email, String password) {
        try {
            logIn(email, password);
        } catch (LoginDelayedException e) {
            return e;
        }
        throw new AssertionError("the attempt was not refused");
    }

    private Authentication logIn(String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    /** The bean as Spring would wrap it, honouring its {@code @Transactional} methods. */
    @SuppressWarnings("unchecked")
    private <T> T transactional(T target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource(false)));
        return (T) factory.getProxy();
    }
}
