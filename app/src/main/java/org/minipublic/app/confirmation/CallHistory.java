package org.minipublic.app.confirmation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls made and reminders sent to one respondent, for their copy of their data, and forgetting them when their
 * data is erased.
 */
@Service
public class CallHistory {

    /** One call: when, what came of it, the caller's note and who called. */
    public record Call(Instant at, CallOutcome outcome, String note, String caller) {}

    /** One reminder: when, how, and who sent it. */
    public record Reminder(Instant at, ReminderChannel channel, String sender) {}

    private final JdbcClient jdbc;

    CallHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Call> calls(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select called_at, outcome, note, called_by from confirmation.attempts
                where assembly_id = :a and respondent_id = :r order by called_at
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new Call(
                        rs.getTimestamp(1).toInstant(),
                        CallOutcome.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Reminder> reminders(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select sent_at, channel, sent_by from confirmation.reminders
                where assembly_id = :a and respondent_id = :r order by sent_at
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new Reminder(
                        rs.getTimestamp(1).toInstant(), ReminderChannel.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /**
     * Deletes the calls, call-list entries and reminders of these respondents.
     *
     * @return the messages the reminders were (e-mails and texts), for the notifications module to forget; reminders
     *     sent before texts had ids name none
     */
    @Transactional
    public List<MessageId> forget(AssemblyId assembly, Collection<RespondentId> respondents) {
        if (respondents.isEmpty()) {
            return List.of();
        }
        var ids = respondents.stream().map(RespondentId::value).toArray(UUID[]::new);
        for (var table : List.of("confirmation.attempts", "confirmation.calls")) {
            jdbc.sql("delete from " + table + " where assembly_id = :a and respondent_id = any(:ids)")
                    .param("a", assembly.value())
                    .param("ids", ids)
                    .update();
        }
        var messages = new ArrayList<MessageId>();
        jdbc.sql(
                        """
                delete from confirmation.reminders where assembly_id = :a and respondent_id = any(:ids)
                returning message_id
                """)
                .param("a", assembly.value())
                .param("ids", ids)
                .query(rs -> {
                    var message = rs.getObject(1, UUID.class);
                    if (message != null) {
                        messages.add(new MessageId(message));
                    }
                });
        return messages;
    }
}
