package org.minipublic.app.identity.login;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code identity.login_failures} table. Counters live in the database rather than in memory so that every
 * application node sees the same count.
 */
@Repository
class LoginFailures {

    private final JdbcClient jdbc;

    LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one failure and returns the failures within the window that started at {@code windowStart}. */
    int increment(String login, Instant now, Instant windowStart) {
        return jdbc.sql(
                        """
                insert into identity.login_failures as f (login, failures, first_failure_at)
                values (:login, 1, :now)
                on conflict (login) do update set
                    failures = case when f.first_failure_at < :windowStart then 1 else f.failures + 1 end,
                    first_failure_at = case when f.first_failure_at < :windowStart then :now else f.first_failure_at end
                returning failures
                """)
                .param("login", login)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart))
                .query(Integer.class)
                .single();
    }

    void lock(String login, Instant until) {
        jdbc.sql("update identity.login_failures set locked_until = :until, failures = 0 where login = :login")
                .param("until", Timestamp.from(until))
                .param("login", login)
                .update();
    }

    boolean isLocked(String login, Instant now) {
        return jdbc.sql(
                        "select exists (select 1 from identity.login_failures where login = :login and locked_until > :now)")
                .param("login", login)
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    void clear(String login) {
        jdbc.sql("delete from identity.login_failures where login = :login")
                .param("login", login)
                .update();
    }

    /** Forgets counters that can no longer lock anyone, so typos and guesses do not pile up. */
    void forgetOlderThan(Instant cutoff) {
        jdbc.sql(
                        """
                delete from identity.login_failures
                where first_failure_at < :cutoff and (locked_until is null or locked_until < :cutoff)
                """)
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
