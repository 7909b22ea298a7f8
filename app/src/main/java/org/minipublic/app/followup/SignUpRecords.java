package org.minipublic.app.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores sign-ups in {@code followup.sign_ups}. */
@Repository
class SignUpRecords {

    private static final String SELECT =
            "select id, event_id, name, email, access_needs, language, token, confirmed, created_at"
                    + " from followup.sign_ups ";

    private final JdbcClient jdbc;

    SignUpRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignUp> find(EventId event, String email) {
        return jdbc.sql(SELECT + "where event_id = :e and email = :email")
                .param("e", event.value())
                .param("email", email)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<SignUp> byToken(String token) {
        return jdbc.sql(SELECT + "where token = :token")
                .param("token", token)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<SignUp> confirmed(EventId event) {
        return jdbc.sql(SELECT + "where event_id = :e and confirmed order by name, created_at, id")
                .param("e", event.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Adds an unconfirmed sign-up; false when the address already has one for this event. */
    boolean insert(SignUp signUp) {
        return jdbc.sql(
                                """
                insert into followup.sign_ups (id, event_id, name, email, access_needs, language, token, created_at)
                values (:id, :e, :name, :email, :needs, :language, :token, :at)
                on conflict (event_id, email) do nothing
                """)
                        .param("id", signUp.id())
                        .param("e", signUp.event().value())
                        .param("name", signUp.name())
                        .param("email", signUp.email())
                        .param("needs", signUp.accessNeeds())
                        .param("language", signUp.language())
                        .param("token", signUp.token())
                        .param("at", Timestamp.from(signUp.createdAt()))
                        .update()
                > 0;
    }

    /** Replaces an unconfirmed sign-up's name, needs, language and link (a second request before confirming). */
    void refresh(SignUp signUp) {
        jdbc.sql(
                        """
                update followup.sign_ups set name = :name, access_needs = :needs, language = :language,
                       token = :token, created_at = :at
                where event_id = :e and email = :email and not confirmed
                """)
                .param("e", signUp.event().value())
                .param("email", signUp.email())
                .param("name", signUp.name())
                .param("needs", signUp.accessNeeds())
                .param("language", signUp.language())
                .param("token", signUp.token())
                .param("at", Timestamp.from(signUp.createdAt()))
                .update();
    }

    boolean confirm(String token) {
        return jdbc.sql("update followup.sign_ups set confirmed = true where token = :token and not confirmed")
                        .param("token", token)
                        .update()
                > 0;
    }

    boolean delete(String token) {
        return jdbc.sql("delete from followup.sign_ups where token = :token")
                        .param("token", token)
                        .update()
                > 0;
    }

    /** Deletes the sign-ups of events that ended before {@code ended}, and requests never confirmed in time. */
    int purge(Instant ended, Instant unconfirmedBefore) {
        return jdbc.sql(
                        """
                delete from followup.sign_ups s
                where s.event_id in (select e.id from followup.events e where e.ends_at < :ended)
                   or (not s.confirmed and s.created_at < :unconfirmed)
                """)
                .param("ended", Timestamp.from(ended))
                .param("unconfirmed", Timestamp.from(unconfirmedBefore))
                .update();
    }

    private static SignUp map(ResultSet rs) throws SQLException {
        return new SignUp(
                rs.getObject("id", UUID.class),
                new EventId(rs.getObject("event_id", UUID.class)),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("access_needs"),
                rs.getString("language"),
                rs.getString("token"),
                rs.getBoolean("confirmed"),
                rs.getTimestamp("created_at").toInstant());
    }
}
