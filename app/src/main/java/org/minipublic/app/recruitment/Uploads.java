package org.minipublic.app.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Address files and respondent files between the check and the organiser's go-ahead, in {@code recruitment.uploads}. Kept in the database
 * rather than the session or the disk, so that any application node can import them and nothing lingers on disk.
 */
@Repository
class Uploads {

    /** What a file was uploaded as; it is only ever checked and imported as that. */
    enum Kind {
        ADDRESSES,
        RESPONDENTS
    }

    record Upload(UUID id, AssemblyId assembly, String fileName, byte[] content, UserId uploadedBy) {}

    private final JdbcClient jdbc;

    Uploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Kind kind, Upload upload, Instant at) {
        jdbc.sql(
                        """
                insert into recruitment.uploads (id, assembly_id, file_name, content, uploaded_by, uploaded_at, kind)
                values (:id, :assembly, :name, :content, :by, :at, :kind)
                """)
                .param("id", upload.id())
                .param("assembly", upload.assembly().value())
                .param("name", upload.fileName())
                .param("content", upload.content())
                .param("by", upload.uploadedBy().value())
                .param("at", Timestamp.from(at))
                .param("kind", kind.name())
                .update();
    }

    /** The upload, if it is of this kind, belongs to this assembly and is still there. */
    Optional<Upload> find(Kind kind, AssemblyId assembly, UUID id) {
        return jdbc.sql(
                        """
                select file_name, content, uploaded_by from recruitment.uploads
                where id = :id and assembly_id = :a and kind = :kind
                """)
                .param("id", id)
                .param("kind", kind.name())
                .param("a", assembly.value())
                .query((rs, n) -> new Upload(
                        id, assembly, rs.getString(1), rs.getBytes(2), new UserId(rs.getObject(3, UUID.class))))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from recruitment.uploads where id = :id")
                .param("id", id)
                .update();
    }

    void deleteOlderThan(Instant cutoff) {
        jdbc.sql("delete from recruitment.uploads where uploaded_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
