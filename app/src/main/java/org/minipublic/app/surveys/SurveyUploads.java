package org.minipublic.app.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Response files between the check and the organiser's go-ahead, in {@code surveys.uploads}. */
@Repository
class SurveyUploads {

    record Upload(UUID id, SurveyId survey, String fileName, byte[] content) {}

    private final JdbcClient jdbc;

    SurveyUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload upload, @Nullable UserId by, Instant at) {
        jdbc.sql(
                        """
                insert into surveys.uploads (id, survey_id, file_name, content, uploaded_by, uploaded_at)
                values (:id, :s, :name, :content, :by, :at)
                """)
                .param("id", upload.id())
                .param("s", upload.survey().value())
                .param("name", upload.fileName())
                .param("content", upload.content())
                .param("by", by == null ? null : by.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The upload, if it belongs to this survey and is still there. */
    Optional<Upload> find(SurveyId survey, UUID id) {
        return jdbc.sql("select file_name, content from surveys.uploads where id = :id and survey_id = :s")
                .param("id", id)
                .param("s", survey.value())
                .query((rs, n) -> new Upload(id, survey, rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** Forgets files left unchecked or unimported: they may hold personal data, and nobody came back for them. */
    void deleteOlderThan(Instant moment) {
        jdbc.sql("delete from surveys.uploads where uploaded_at < :t")
                .param("t", Timestamp.from(moment))
                .update();
    }

    /** Removes the upload; false when it was already gone (imported or cancelled by someone else meanwhile). */
    boolean delete(UUID id) {
        return jdbc.sql("delete from surveys.uploads where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }
}
