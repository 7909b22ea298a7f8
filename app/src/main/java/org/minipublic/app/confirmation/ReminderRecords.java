package org.minipublic.app.confirmation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the reminders sent in {@code confirmation.reminders}, each with the id of the message it was: the stored
 * e-mail's, or the text's (which names its outbox file). Rows written before texts had ids hold none for texts.
 */
@Repository
class ReminderRecords {

    private final JdbcClient jdbc;

    ReminderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            AssemblyId assembly,
            RespondentId respondent,
            ReminderChannel channel,
            Instant at,
            String by,
            @Nullable MessageId message) {
        jdbc.sql(
                        """
                insert into confirmation.reminders (id, assembly_id, respondent_id, channel, sent_at, sent_by,
                    message_id) values (:id, :a, :r, :channel, :at, :by, :message)
                """)
                .param("id", UUID.randomUUID())
                .param("a", assembly.value())
                .param("r", respondent.value())
                .param("channel", channel.name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("message", message == null ? null : message.value())
                .update();
    }

    /** Each person's latest reminder in the assembly. */
    Map<RespondentId, CallRow.Reminder> latest(AssemblyId assembly) {
        var latest = new HashMap<RespondentId, CallRow.Reminder>();
        jdbc.sql(
                        """
                select distinct on (respondent_id) respondent_id, channel, sent_at from confirmation.reminders
                where assembly_id = :a order by respondent_id, sent_at desc
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    latest.put(
                            new RespondentId(rs.getObject(1, UUID.class)),
                            new CallRow.Reminder(
                                    ReminderChannel.valueOf(rs.getString(2)),
                                    rs.getTimestamp(3).toInstant()));
                });
        return latest;
    }

    Optional<Instant> latest(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select max(sent_at) from confirmation.reminders where assembly_id = :a and respondent_id = :r
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }
}
