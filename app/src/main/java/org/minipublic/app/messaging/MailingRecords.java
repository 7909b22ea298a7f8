package org.minipublic.app.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores mailings in {@code messaging.mailings}, their texts and their recipients. */
@Repository
class MailingRecords {

    /**
     * A mailing's row, before its messages' statuses are looked up.
     *
     * @param ceremony the number of the draw ceremony whose pseudonyms it gave, if it gave any: letters printed later
     *     must give the same ones
     */
    record Row(
            MailingId id, int number, Audience audience, Instant sentAt, String sentBy, @Nullable Integer ceremony) {}

    /** One person a mailing went to. */
    record Recipient(RespondentId respondent, MessageId message, String language) {}

    private final JdbcClient jdbc;

    MailingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock(AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('messaging'), hashtext(:a))")
                .param("a", assembly.value().toString())
                .query((rs, n) -> 1)
                .list();
    }

    int nextNumber(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from messaging.mailings where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    void insert(
            AssemblyId assembly,
            Row row,
            @Nullable DrawId draw,
            Map<String, MailingText> texts,
            List<Recipient> recipients) {
        jdbc.sql(
                        """
                insert into messaging.mailings (id, assembly_id, number, audience, draw_id, sent_by, sent_at,
                    ceremony_number)
                values (:id, :a, :number, :audience, :draw, :by, :at, :ceremony)
                """)
                .param("ceremony", row.ceremony())
                .param("id", row.id().value())
                .param("a", assembly.value())
                .param("number", row.number())
                .param("audience", row.audience().name())
                .param("draw", draw == null ? null : draw.value())
                .param("by", row.sentBy())
                .param("at", Timestamp.from(row.sentAt()))
                .update();
        texts.forEach((language, text) -> jdbc.sql(
                        """
                insert into messaging.texts (mailing_id, language, subject, body)
                values (:id, :language, :subject, :body)
                """)
                .param("id", row.id().value())
                .param("language", language)
                .param("subject", text.subject())
                .param("body", text.body())
                .update());
        for (var recipient : recipients) {
            jdbc.sql(
                            """
                    insert into messaging.recipients (mailing_id, respondent_id, message_id, language)
                    values (:id, :respondent, :message, :language)
                    """)
                    .param("id", row.id().value())
                    .param("respondent", recipient.respondent().value())
                    .param("message", recipient.message().value())
                    .param("language", recipient.language())
                    .update();
        }
    }

    List<Row> all(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, number, audience, sent_at, sent_by, ceremony_number from messaging.mailings
                where assembly_id = :a order by number desc
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new Row(
                        new MailingId(rs.getObject(1, UUID.class)),
                        rs.getInt(2),
                        Audience.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getObject(6, Integer.class)))
                .list();
    }

    Optional<Row> find(AssemblyId assembly, MailingId id) {
        return all(assembly).stream().filter(row -> row.id().equals(id)).findFirst();
    }

    Map<String, MailingText> texts(MailingId id) {
        var texts = new LinkedHashMap<String, MailingText>();
        jdbc.sql("select language, subject, body from messaging.texts where mailing_id = :id order by language")
                .param("id", id.value())
                .query(rs -> {
                    texts.put(rs.getString(1), new MailingText(rs.getString(2), rs.getString(3)));
                });
        return texts;
    }

    List<Recipient> recipients(MailingId id) {
        var recipients = new ArrayList<Recipient>();
        jdbc.sql("select respondent_id, message_id, language from messaging.recipients where mailing_id = :id")
                .param("id", id.value())
                .query(rs -> {
                    recipients.add(new Recipient(
                            new RespondentId(rs.getObject(1, UUID.class)),
                            new MessageId(rs.getObject(2, UUID.class)),
                            rs.getString(3)));
                });
        return recipients;
    }
}
