package org.minipublic.app.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores subscribers in {@code accountability.subscribers}. */
@Repository
class SubscriberRecords {

    private static final String SELECT =
            "select id, assembly_id, email, language, token, confirmed from accountability.subscribers ";

    private final JdbcClient jdbc;

    SubscriberRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscription> find(AssemblyId assembly, String email) {
        return jdbc.sql(SELECT + "where assembly_id = :a and email = :email")
                .param("a", assembly.value())
                .param("email", email)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Subscription> byToken(String token) {
        return jdbc.sql(SELECT + "where token = :token")
                .param("token", token)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<Subscription> confirmed(AssemblyId assembly) {
        return jdbc.sql(SELECT + "where assembly_id = :a and confirmed order by created_at, id")
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Adds an unconfirmed subscriber; false when the address already has one for this assembly. */
    boolean insert(Subscription subscription, Instant at) {
        return jdbc.sql(
                                """
                insert into accountability.subscribers (id, assembly_id, email, language, token, created_at)
                values (:id, :a, :email, :language, :token, :at)
                on conflict (assembly_id, email) do nothing
                """)
                        .param("id", subscription.id())
                        .param("a", subscription.assembly().value())
                        .param("email", subscription.email())
                        .param("language", subscription.language())
                        .param("token", subscription.token())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean confirm(String token) {
        return jdbc.sql("update accountability.subscribers set confirmed = true where token = :token")
                        .param("token", token)
                        .update()
                > 0;
    }

    boolean delete(String token) {
        return jdbc.sql("delete from accountability.subscribers where token = :token")
                        .param("token", token)
                        .update()
                > 0;
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        return new Subscription(
                rs.getObject("id", UUID.class),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                rs.getString("email"),
                rs.getString("language"),
                rs.getString("token"),
                rs.getBoolean("confirmed"));
    }
}
