package org.minipublic.app.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member files between the check and the organiser's go-ahead, in {@code members.uploads}: in the database, so any
 * application node can import them and nothing with names in it lingers on disk. An import claims its file by deleting
 * it within the import's transaction: of two imports of one file (a double click, a replayed request) the second waits
 * for the first and then finds nothing, and a failed import puts the file back by rolling back.
 */
@Repository
class MemberUploads {

    record Upload(UUID id, AssemblyId assembly, String fileName, byte[] content, UserId uploadedBy) {}

    private final JdbcClient jdbc;

    MemberUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload upload, Instant at) {
        jdbc.sql(
                        """
                insert into members.uploads (id, assembly_id, file_name, content, uploaded_by, uploaded_at)
                values (:id, :assembly, :name, :content, :by, :at)
                """)
                .param("id", upload.id())
                .param("assembly", upload.assembly().value())
                .param("name", upload.fileName())
                .param("content", upload.content())
                .param("by", upload.uploadedBy().value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The upload, if it belongs to this assembly and is still there. */
    Optional<Upload> find(AssemblyId assembly, UUID id) {
        return jdbc.sql(
                        "select file_name, content, uploaded_by from members.uploads where id = :id and assembly_id = :a")
                .param("id", id)
                .param("a", assembly.value())
                .query((rs, n) -> row(assembly, id, rs))
                .optional();
    }

    /**
     * Takes the upload for its import, if it belongs to this assembly and is still there. The row stays locked until
     * the import's transaction ends: committed, the file is gone; rolled back, it waits again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Upload> claim(AssemblyId assembly, UUID id) {
        return jdbc.sql(
                        """
                delete from members.uploads where id = :id and assembly_id = :a
                returning file_name, content, uploaded_by
                """)
                .param("id", id)
                .param("a", assembly.value())
                .query((rs, n) -> row(assembly, id, rs))
                .optional();
    }

    /** Holds the assembly's member imports one at a time until this transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockImports(AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('members.import'), hashtext(:a))")
                .param("a", assembly.value().toString())
                .query((rs, n) -> 1)
                .list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from members.uploads where id = :id").param("id", id).update();
    }

    private static Upload row(AssemblyId assembly, UUID id, ResultSet rs) throws SQLException {
        return new Upload(id, assembly, rs.getString(1), rs.getBytes(2), new UserId(rs.getObject(3, UUID.class)));
    }

    void deleteOlderThan(Instant cutoff) {
        jdbc.sql("delete from members.uploads where uploaded_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
