package org.minipublic.app.messaging;

import java.time.Instant;
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
 * The mailings one respondent was sent, for their copy of their data, and forgetting who received a mailing when
 * their data is erased (the mailing itself, written with placeholders, stays).
 */
@Service
public class MailingHistory {

    /** One mailing as the person received it: its number, when it went, its subject in their language. */
    public record Received(int number, Instant sentAt, String subject, String language, MessageId message) {}

    private final JdbcClient jdbc;

    MailingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Received> received(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select m.number, m.sent_at, t.subject, r.language, r.message_id
                from messaging.recipients r
                join messaging.mailings m on m.id = r.mailing_id
                join messaging.texts t on t.mailing_id = m.id and t.language = r.language
                where m.assembly_id = :a and r.respondent_id = :r
                order by m.number
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new Received(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        new MessageId(rs.getObject(5, UUID.class))))
                .list();
    }

    /** Removes these respondents from the assembly's mailings' recipients; returns the messages they were sent. */
    @Transactional
    public List<MessageId> forget(AssemblyId assembly, Collection<RespondentId> respondents) {
        if (respondents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                delete from messaging.recipients r using messaging.mailings m
                where m.id = r.mailing_id and m.assembly_id = :a and r.respondent_id = any(:ids)
                returning r.message_id
                """)
                .param("a", assembly.value())
                .param("ids", respondents.stream().map(RespondentId::value).toArray(UUID[]::new))
                .query((rs, n) -> new MessageId(rs.getObject(1, UUID.class)))
                .list();
    }
}
