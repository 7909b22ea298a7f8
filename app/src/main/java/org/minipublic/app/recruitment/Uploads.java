package org.minipublic.app.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UploadNames;
import org.minipublic.app.shared.UserId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.NotUtf8Exception;
import org.minipublic.tableio.OversizedInputException;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Address files and respondent files between the check and the organiser's go-ahead, in {@code recruitment.uploads}.
 * Kept in the database rather than the session or the disk, so that any application node can import them and nothing
 * lingers on disk. An import claims its file by deleting it within the import's transaction: of two imports of one
 * file (a double click, a replayed request) the second waits for the first and then finds nothing, and a failed
 * import puts the file back by rolling back. Imports of one kind into one assembly take turns, so that each checks
 * against what the one before added.
 */
@Repository
class Uploads {

    /** What a file was uploaded as; it is only ever checked and imported as that. */
    enum Kind {
        ADDRESSES(AddressList.MAX_FILE_BYTES),
        RESPONDENTS(PoolImport.MAX_FILE_BYTES);

        private final int maxBytes;

        Kind(int maxBytes) {
            this.maxBytes = maxBytes;
        }
    }

    record Upload(UUID id, String fileName, byte[] content, UserId uploadedBy) {}

    /** Long enough to come back to a check after a break; short, as the files hold personal data. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    Uploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A file as the organiser sent it, under a new id, not kept yet.
     *
     * @throws InvalidInputException unless it is a CSV or XLSX file within the kind's size
     */
    static Upload receive(Kind kind, Actor actor, String fileName, byte[] content) {
        var by = actor.userId();
        if (by == null) {
            throw new IllegalArgumentException("uploads are made by users");
        }
        String name = UploadNames.safe(fileName, "recruitment.import.file-type");
        if (content.length > kind.maxBytes) {
            throw new InvalidInputException("file", "recruitment.import.too-large", kind.maxBytes / (1024 * 1024));
        }
        return new Upload(UUID.randomUUID(), name, content, by);
    }

    /** The file as a table; see {@link TableReader}. */
    static Table read(Upload upload) {
        try {
            return TableReader.read(upload.fileName(), upload.content());
        } catch (OversizedInputException e) {
            throw new InvalidInputException("file", "recruitment.import.oversized");
        } catch (NotUtf8Exception e) {
            throw new InvalidInputException("file", "recruitment.import.not-utf8", e.line());
        } catch (InputException e) {
            throw new InvalidInputException("file", "recruitment.import.unreadable");
        }
    }

    /** Keeps a received file for a day, for its import; any file older than that goes now. */
    void keep(Kind kind, AssemblyId assembly, Upload upload) {
        jdbc.sql("delete from recruitment.uploads where uploaded_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(KEPT)))
                .update();
        jdbc.sql(
                        """
                insert into recruitment.uploads (id, assembly_id, file_name, content, uploaded_by, uploaded_at, kind)
                values (:id, :assembly, :name, :content, :by, :at, :kind)
                """)
                .param("id", upload.id())
                .param("assembly", assembly.value())
                .param("name", upload.fileName())
                .param("content", upload.content())
                .param("by", upload.uploadedBy().value())
                .param("at", Timestamp.from(clock.instant()))
                .param("kind", kind.name())
                .update();
    }

    /**
     * A kept file, to check it again.
     *
     * @throws InvalidInputException when it was imported, cancelled or is more than a day old
     */
    Upload waiting(Kind kind, AssemblyId assembly, UUID id) {
        return jdbc.sql(
                        """
                select file_name, content, uploaded_by from recruitment.uploads
                where id = :id and assembly_id = :a and kind = :kind
                """)
                .param("id", id)
                .param("a", assembly.value())
                .param("kind", kind.name())
                .query((rs, n) -> row(id, rs))
                .optional()
                .orElseThrow(() -> new InvalidInputException("file", "recruitment.import.gone"));
    }

    /**
     * Takes a kept file for its import. The row stays locked until the import's transaction ends: committed, the file
     * is gone; rolled back, it waits again. Imports of one kind into one assembly also wait for each other here, so that
     * each one's check sees what the one before added: two files with the same people or addresses, imported at once,
     * would otherwise both pass their duplicate check.
     *
     * @throws InvalidInputException when another import took it first, or it was cancelled or is more than a day old
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Upload claim(Kind kind, AssemblyId assembly, UUID id) {
        lockImports(kind, assembly);
        return jdbc.sql(
                        """
                delete from recruitment.uploads
                where id = :id and assembly_id = :a and kind = :kind
                returning file_name, content, uploaded_by
                """)
                .param("id", id)
                .param("a", assembly.value())
                .param("kind", kind.name())
                .query((rs, n) -> row(id, rs))
                .optional()
                .orElseThrow(() -> new InvalidInputException("file", "recruitment.import.not-waiting"));
    }

    /** @throws InvalidInputException when it was imported, cancelled or is more than a day old */
    void cancel(Kind kind, AssemblyId assembly, UUID id) {
        int deleted = jdbc.sql("delete from recruitment.uploads where id = :id and assembly_id = :a and kind = :kind")
                .param("id", id)
                .param("a", assembly.value())
                .param("kind", kind.name())
                .update();
        if (deleted == 0) {
            throw new InvalidInputException("file", "recruitment.import.gone");
        }
    }

    /** Held until the transaction ends; keyed like the other per-assembly locks, a name and the assembly. */
    private void lockImports(Kind kind, AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:name), hashtext(:a))")
                .param("name", "recruitment.import." + kind.name())
                .param("a", assembly.toString())
                .query((rs, n) -> 1)
                .list();
    }

    private static Upload row(UUID id, ResultSet rs) throws SQLException {
        return new Upload(id, rs.getString(1), rs.getBytes(2), new UserId(rs.getObject(3, UUID.class)));
    }
}
