package org.minipublic.app.notifications;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blanks stored messages to people whose personal data is deleted: the address, the subject and the text (which may
 * greet them by name) are replaced by a marker, so the outbox still shows that a message went and how, but not to
 * whom or what it said. Messages already written to the outbox folder are outside the database and are not touched.
 */
@Service
public class Forgetting {

    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;

    Forgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Blanks these messages, and every message sent to one of these addresses (compared without regard to case).
     *
     * @return how many messages were blanked
     */
    @Transactional
    public int forget(Collection<MessageId> messages, Collection<String> addresses) {
        var ids = messages.stream().map(MessageId::value).toArray(UUID[]::new);
        var lowered = addresses.stream()
                .filter(a -> !a.isBlank())
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new);
        if (ids.length == 0 && lowered.length == 0) {
            return 0;
        }
        return jdbc.sql(
                        """
                update notifications.messages
                set recipient = :erased, subject = :erased, body = :erased, last_error = null
                where (id = any(:ids) or lower(recipient) = any(:addresses)) and recipient <> :erased
                """)
                .param("erased", ERASED)
                .param("ids", ids)
                .param("addresses", lowered)
                .update();
    }
}
