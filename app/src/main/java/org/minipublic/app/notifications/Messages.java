package org.minipublic.app.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.notifications.StoredMessage.DeliveryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notifications.messages} table. */
@Repository
class Messages {

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message without its secrets (see {@link Mail#storedBody()}), and what it was written for. */
    void insert(MessageId id, Mail mail, @Nullable MailOrigin origin, Instant at) {
        jdbc.sql(
                        """
                insert into notifications.messages (id, created_at, recipient, subject, body, status, kind, reference)
                values (:id, :at, :recipient, :subject, :body, 'PENDING', :kind, :reference)
                """)
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("body", mail.storedBody())
                .param("kind", origin == null ? null : origin.kind())
                .param("reference", origin == null ? null : origin.reference())
                .update();
    }

    /** Keeps the stored copy in step with a message written again for a retry (still without its secrets). */
    void rewrite(MessageId id, Mail mail) {
        jdbc.sql("update notifications.messages set recipient = :recipient, subject = :subject, body = :body"
                        + " where id = :id")
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("body", mail.storedBody())
                .param("id", id.value())
                .update();
    }

    Optional<MailOrigin> origin(MessageId id) {
        return jdbc.sql("select kind, reference from notifications.messages where id = :id and kind is not null")
                .param("id", id.value())
                .query((rs, row) -> new MailOrigin(rs.getString("kind"), rs.getString("reference")))
                .optional();
    }

    void markSent(MessageId id, Instant at) {
        jdbc.sql(
                        """
                update notifications.messages set status = 'SENT', attempts = attempts + 1, sent_at = :at,
                    last_error = null
                where id = :id
                """)
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    void markFailed(MessageId id, String error) {
        jdbc.sql(
                        """
                update notifications.messages set status = 'FAILED', attempts = attempts + 1, last_error = :error
                where id = :id
                """)
                .param("error", error)
                .param("id", id.value())
                .update();
    }

    Optional<StoredMessage> find(MessageId id) {
        return jdbc.sql("select * from notifications.messages where id = :id")
                .param("id", id.value())
                .query(Messages::map)
                .optional();
    }

    List<StoredMessage> latest(int limit, int offset) {
        return jdbc.sql("select * from notifications.messages order by created_at desc, id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(Messages::map)
                .list();
    }

    java.util.Map<MessageId, StoredMessage.DeliveryStatus> statuses(java.util.Collection<MessageId> ids) {
        var statuses = new java.util.HashMap<MessageId, StoredMessage.DeliveryStatus>();
        if (ids.isEmpty()) {
            return statuses;
        }
        jdbc.sql("select id, status from notifications.messages where id in (:ids)")
                .param("ids", ids.stream().map(MessageId::value).toList())
                .query(rs -> {
                    statuses.put(
                            new MessageId(rs.getObject(1, java.util.UUID.class)),
                            StoredMessage.DeliveryStatus.valueOf(rs.getString(2)));
                });
        return statuses;
    }

    long count() {
        return jdbc.sql("select count(*) from notifications.messages")
                .query(Long.class)
                .single();
    }

    private static StoredMessage map(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(
                new MessageId(rs.getObject("id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
