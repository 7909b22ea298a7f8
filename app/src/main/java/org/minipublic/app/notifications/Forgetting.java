package org.minipublic.app.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blanks the messages sent to people whose personal data is deleted: the address, the subject and the text (which may
 * greet them by name) are replaced by a marker, so the outbox still shows that a message went and how, but not to
 * whom or what it said. Messages are found by id only, never by address: an address may be shared with someone else
 * (a family, a member of staff who registered too), whose messages must stay.
 */
@Service
public class Forgetting {

    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final OutboxCopies copies;

    Forgetting(JdbcClient jdbc, OutboxCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    /**
     * Blanks these messages (e-mails; the ids of texts, which are not stored, are taken too) and the e-mails that
     * confirmed these respondents' registrations, and deletes the copies the outbox folders wrote of them once the
     * transaction has committed.
     *
     * @return how many stored messages were blanked
     */
    @Transactional
    public int forget(Collection<MessageId> messages, Collection<RespondentId> registered) {
        Set<MessageId> ids = new LinkedHashSet<>(messages);
        ids.addAll(registrationMails(registered));
        if (ids.isEmpty()) {
            return 0;
        }
        AfterCommit.run(() -> copies.delete(ids)); // not before: a rolled-back erasure keeps everything
        return jdbc.sql(
                        """
                update notifications.messages
                set recipient = :erased, subject = :erased, body = :erased, last_error = null
                where id = any(:ids) and recipient <> :erased
                """)
                .param("erased", ERASED)
                .param("ids", ids.stream().map(MessageId::value).toArray(UUID[]::new))
                .update();
    }

    private Set<MessageId> registrationMails(Collection<RespondentId> respondents) {
        if (respondents.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(
                jdbc.sql("select id from notifications.messages where kind = :kind and reference = any(:references)")
                        .param("kind", RegistrationMails.KIND)
                        .param(
                                "references",
                                respondents.stream().map(RespondentId::toString).toArray(String[]::new))
                        .query((rs, n) -> new MessageId(rs.getObject(1, UUID.class)))
                        .list());
    }
}
