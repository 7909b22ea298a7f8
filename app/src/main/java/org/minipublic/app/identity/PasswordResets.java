package org.minipublic.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.password_resets} table. */
@Repository
class PasswordResets {

    private final JdbcClient jdbc;

    PasswordResets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PasswordReset reset) {
        jdbc.sql(
                        """
                insert into identity.password_resets
                    (id, user_id, requested_by, language, created_at, expires_at)
                values (:id, :user, :by, :language, :created, :expires)
                """)
                .param("id", reset.id().value())
                .param("user", reset.userId().value())
                .param(
                        "by",
                        reset.requestedBy() == null ? null : reset.requestedBy().value())
                .param("language", reset.language())
                .param("created", Timestamp.from(reset.createdAt()))
                .param("expires", Timestamp.from(reset.expiresAt()))
                .update();
    }

    Optional<PasswordReset> find(PasswordResetId id) {
        return jdbc.sql("select * from identity.password_resets where id = :id")
                .param("id", id.value())
                .query(PasswordResets::map)
                .optional();
    }

    Optional<PasswordReset> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from identity.password_resets where token_hash = :hash")
                .param("hash", tokenHash)
                .query(PasswordResets::map)
                .optional();
    }

    /** Gives the reset a new link; an earlier link of the same reset stops working. */
    void setTokenHash(PasswordResetId id, String tokenHash) {
        jdbc.sql("update identity.password_resets set token_hash = :hash where id = :id")
                .param("hash", tokenHash)
                .param("id", id.value())
                .update();
    }

    /** Marks the reset used; false when it was no longer open (used, revoked or expired in the meantime). */
    boolean use(PasswordResetId id, Instant now) {
        return jdbc.sql(
                                """
                        update identity.password_resets set used_at = :now
                        where id = :id and used_at is null and revoked_at is null and expires_at > :now
                        """)
                        .param("now", Timestamp.from(now))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** Revokes every open reset of the user, so that only a newer link (if any) works. */
    void revokeOpen(UserId user, Instant now) {
        jdbc.sql(
                        """
                update identity.password_resets set revoked_at = :now
                where user_id = :user and used_at is null and revoked_at is null
                """)
                .param("now", Timestamp.from(now))
                .param("user", user.value())
                .update();
    }

    private static PasswordReset map(ResultSet rs, int row) throws SQLException {
        UUID by = rs.getObject("requested_by", UUID.class);
        return new PasswordReset(
                new PasswordResetId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("user_id", UUID.class)),
                by == null ? null : new UserId(by),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
