package org.minipublic.app.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.two_factor} and {@code identity.two_factor_backup_codes} tables. */
@Repository
class TwoFactorSecrets {

    /** A user's row: the sealed secret, and when the enrolment was confirmed (null while it is pending). */
    record Stored(byte[] sealedSecret, @Nullable Instant confirmedAt) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    TwoFactorSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UserId user) {
        return jdbc.sql("select secret, confirmed_at from identity.two_factor where user_id = :user")
                .param("user", user.value())
                .query((rs, row) -> new Stored(rs.getBytes("secret"), instant(rs.getTimestamp("confirmed_at"))))
                .optional();
    }

    /** Starts an enrolment with a new secret; a confirmed enrolment is left as it is. */
    void startEnrolment(UserId user, byte[] sealedSecret, Instant now) {
        jdbc.sql(
                        """
                insert into identity.two_factor (user_id, secret, created_at) values (:user, :secret, :now)
                on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                    last_step = null
                where identity.two_factor.confirmed_at is null
                """)
                .param("user", user.value())
                .param("secret", sealedSecret)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Confirms a pending enrolment with the step of the code typed; false when it was confirmed meanwhile. */
    boolean confirm(UserId user, long step, Instant now) {
        return jdbc.sql(
                                """
                        update identity.two_factor set confirmed_at = :now, last_step = :step
                        where user_id = :user and confirmed_at is null
                        """)
                        .param("now", Timestamp.from(now))
                        .param("step", step)
                        .param("user", user.value())
                        .update()
                == 1;
    }

    /** Records that this step's code was used; false when it, or a later one, was used before (a replay). */
    boolean useStep(UserId user, long step) {
        return jdbc.sql(
                                """
                        update identity.two_factor set last_step = :step
                        where user_id = :user and confirmed_at is not null and (last_step is null or last_step < :step)
                        """)
                        .param("step", step)
                        .param("user", user.value())
                        .update()
                == 1;
    }

    void addBackupCodes(UserId user, List<String> hashes) {
        for (String hash : hashes) {
            jdbc.sql("insert into identity.two_factor_backup_codes (user_id, code_hash) values (:user, :hash)")
                    .param("user", user.value())
                    .param("hash", hash)
                    .update();
        }
    }

    void deleteBackupCodes(UserId user) {
        jdbc.sql("delete from identity.two_factor_backup_codes where user_id = :user")
                .param("user", user.value())
                .update();
    }

    /** Uses up a backup code; false when there is no such unused code. */
    boolean useBackupCode(UserId user, String hash, Instant now) {
        return jdbc.sql(
                                """
                        update identity.two_factor_backup_codes set used_at = :now
                        where user_id = :user and code_hash = :hash and used_at is null
                        """)
                        .param("now", Timestamp.from(now))
                        .param("user", user.value())
                        .param("hash", hash)
                        .update()
                == 1;
    }

    int unusedBackupCodes(UserId user) {
        return jdbc.sql(
                        "select count(*) from identity.two_factor_backup_codes where user_id = :user and used_at is null")
                .param("user", user.value())
                .query(Integer.class)
                .single();
    }

    /** Removes the user's secret and backup codes; false when there were none. */
    boolean delete(UserId user) {
        return jdbc.sql("delete from identity.two_factor where user_id = :user")
                        .param("user", user.value())
                        .update()
                == 1;
    }

    /** Whether the user administers the platform or organises an assembly, for whom two-factor sign-in is a must. */
    boolean mustUseTwoFactor(UserId user) {
        return jdbc.sql(
                        """
                select coalesce((select platform_admin from identity.users where id = :user), false)
                    or exists (select 1 from identity.assembly_roles where user_id = :user and role = 'ORGANISER')
                """)
                .param("user", user.value())
                .query(Boolean.class)
                .single();
    }

    /** {@link #mustUseTwoFactor} and not yet set up, in one query: this is asked on every page. */
    boolean setUpMissing(UserId user) {
        return jdbc.sql(
                        """
                select (coalesce((select platform_admin from identity.users where id = :user), false)
                        or exists (select 1 from identity.assembly_roles where user_id = :user and role = 'ORGANISER'))
                    and not exists (select 1 from identity.two_factor
                                    where user_id = :user and confirmed_at is not null)
                """)
                .param("user", user.value())
                .query(Boolean.class)
                .single();
    }

    Set<UserId> confirmedAmong(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("select user_id from identity.two_factor where confirmed_at is not null and user_id in (:users)")
                .param("users", users.stream().map(UserId::value).toList())
                .query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
