package org.minipublic.app.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each assembly's letter text in {@code recruitment.letters}. */
@Repository
class LetterTexts {

    private final JdbcClient jdbc;

    LetterTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LetterText> find(AssemblyId assembly) {
        return jdbc.sql(
                        "select language, sender, contact, body, signature from recruitment.letters where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, n) -> new LetterText(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    void save(AssemblyId assembly, LetterText text, Instant at) {
        jdbc.sql(
                        """
                insert into recruitment.letters (assembly_id, language, sender, contact, body, signature, updated_at)
                values (:a, :language, :sender, :contact, :body, :signature, :at)
                on conflict (assembly_id) do update set language = excluded.language, sender = excluded.sender, contact = excluded.contact,
                    body = excluded.body, signature = excluded.signature, updated_at = excluded.updated_at
                """)
                .param("a", assembly.value())
                .param("language", text.language())
                .param("sender", text.sender())
                .param("contact", text.contact())
                .param("body", text.body())
                .param("signature", text.signature())
                .param("at", Timestamp.from(at))
                .update();
    }
}
