package org.minipublic.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents.jobs table. */
@Repository
class DocumentRecords {

    private static final String COLUMNS =
            "id, assembly_id, kind, subject, file_name, media_type, status, attempts, problem, size,"
                    + " requested_at, finished_at";

    /** A job a node has taken: what to make. */
    record Taken(DocumentId id, AssemblyId assembly, String kind, String subject, int attempts) {}

    private final JdbcClient jdbc;

    DocumentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Document document, @Nullable UUID requestedBy) {
        jdbc.sql(
                        """
                        insert into documents.jobs (id, assembly_id, kind, subject, file_name, media_type, status,
                                                    requested_by, requested_at)
                        values (:id, :assembly, :kind, :subject, :fileName, :mediaType, 'QUEUED', :by, :at)
                        """)
                .param("id", document.id().value())
                .param("assembly", document.assembly().value())
                .param("kind", document.kind())
                .param("subject", document.subject())
                .param("fileName", document.fileName())
                .param("mediaType", document.mediaType())
                .param("by", requestedBy)
                .param("at", Timestamp.from(document.requestedAt()))
                .update();
    }

    Optional<Document> find(AssemblyId assembly, DocumentId id) {
        return jdbc.sql("select " + COLUMNS + " from documents.jobs where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query(DocumentRecords::document)
                .optional();
    }

    Optional<Document> latest(AssemblyId assembly, String kind, String subject) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                         from documents.jobs where assembly_id = :assembly and kind = :kind and subject = :subject
                        order by requested_at desc, id limit 1
                        """)
                .param("assembly", assembly.value())
                .param("kind", kind)
                .param("subject", subject)
                .query(DocumentRecords::document)
                .optional();
    }

    /** Takes the oldest waiting job, if any, for this node: no other node can take it while it runs. */
    Optional<Taken> takeNext() {
        return jdbc.sql(
                        """
                        update documents.jobs set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now()
                        where id = (select id from documents.jobs
                                    where status = 'QUEUED' and (not_before is null or not_before <= now())
                                    order by requested_at, id limit 1 for update skip locked)
                        returning id, assembly_id, kind, subject, attempts
                        """)
                .query((rs, n) -> new Taken(
                        new DocumentId(rs.getObject("id", UUID.class)),
                        new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** Stores the finished file, unless the job was given up meanwhile (its node counted as stopped). */
    boolean finish(DocumentId id, byte[] content, Instant at) {
        return jdbc.sql(
                                """
                        update documents.jobs set status = 'DONE', content = :content, size = :size, problem = '',
                                                  finished_at = :at, heartbeat_at = null
                        where id = :id and status = 'RUNNING'
                        """)
                        .param("id", id.value())
                        .param("content", content)
                        .param("size", content.length)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /**
     * After a failed attempt: queued again, to be taken no sooner than {@code pause} times the attempts made, while
     * attempts are left; failed for good after the last.
     */
    void failed(DocumentId id, String problem, int maxAttempts, Duration pause, Instant at) {
        jdbc.sql(
                        """
                        update documents.jobs
                        set status = case when attempts >= :max then 'FAILED' else 'QUEUED' end, problem = :problem,
                            heartbeat_at = null, finished_at = case when attempts >= :max then cast(:at as timestamptz) end,
                            not_before = now() + attempts * make_interval(secs => :pause)
                        where id = :id and status = 'RUNNING'
                        """)
                .param("id", id.value())
                .param("problem", problem)
                .param("max", maxAttempts)
                .param("pause", pause.toMillis() / 1000.0)
                .param("at", Timestamp.from(at))
                .update();
    }

    void beat(Collection<DocumentId> ids) {
        jdbc.sql("update documents.jobs set heartbeat_at = now() where status = 'RUNNING' and id in (:ids)")
                .param("ids", ids.stream().map(DocumentId::value).toList())
                .update();
    }

    /** Jobs whose node stopped go back in the queue, or fail for good after their last attempt; how many did. */
    int requeueAbandoned(String problem, Duration after, int maxAttempts, Instant at) {
        return jdbc.sql(
                        """
                        update documents.jobs
                        set status = case when attempts >= :max then 'FAILED' else 'QUEUED' end, problem = :problem,
                            heartbeat_at = null, finished_at = case when attempts >= :max then cast(:at as timestamptz) end
                        where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)
                        """)
                .param("problem", problem)
                .param("max", maxAttempts)
                .param("at", Timestamp.from(at))
                .param("seconds", (double) after.toSeconds())
                .update();
    }

    /** Asks for a failed document again, keeping its request. */
    boolean retry(AssemblyId assembly, DocumentId id) {
        return jdbc.sql(
                                """
                        update documents.jobs set status = 'QUEUED', attempts = 0, finished_at = null, not_before = null
                        where id = :id and assembly_id = :assembly and status = 'FAILED'
                        """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .update()
                == 1;
    }

    /** Writes a finished document's file; false when there is none. */
    boolean writeContent(AssemblyId assembly, DocumentId id, OutputStream out) {
        List<Boolean> written = jdbc.sql(
                        "select content from documents.jobs where id = :id and assembly_id = :assembly and status = 'DONE'")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query((rs, n) -> {
                    try (var in = rs.getBinaryStream("content")) {
                        in.transferTo(out);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .list();
        return !written.isEmpty();
    }

    /** Deletes documents that finished before {@code before}; how many. */
    int deleteFinishedBefore(Instant before) {
        return jdbc.sql("delete from documents.jobs where finished_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    private static Document document(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new Document(
                new DocumentId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                rs.getString("kind"),
                rs.getString("subject"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                DocumentStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("problem"),
                rs.getLong("size"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
