package org.minipublic.app.identity;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.setup_tokens} table: one-time links that create the first administrator. */
@Repository
class SetupTokens {

    private final JdbcClient jdbc;

    SetupTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new token hash and retires every earlier unused one, so only the newest printed link works. */
    void replaceWith(String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("update identity.setup_tokens set used_at = :now where used_at is null")
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql(
                        "insert into identity.setup_tokens (token_hash, created_at, expires_at) values (:hash, :now, :expires)")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    boolean isUsable(String tokenHash, Instant now) {
        return jdbc.sql(
                        """
                select exists (select 1 from identity.setup_tokens
                               where token_hash = :hash and used_at is null and expires_at > :now)
                """)
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /** Marks the token used; false when it was not usable (already used, expired or unknown). */
    boolean use(String tokenHash, Instant now) {
        return jdbc.sql(
                                """
                        update identity.setup_tokens set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        """)
                        .param("hash", tokenHash)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }
}
