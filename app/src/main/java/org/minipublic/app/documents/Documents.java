package org.minipublic.app.documents;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AfterCommit;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for documents and hands them out once made (see the package's description). The module owning a kind checks
 * who may ask for and fetch its documents before calling here; this facade checks only that a document belongs to the
 * assembly it is asked for in.
 */
@Service
public class Documents {

    private final DocumentRecords records;
    private final DocumentRunner runner;
    private final AuditLog audit;
    private final Clock clock;

    Documents(DocumentRecords records, DocumentRunner runner, AuditLog audit, Clock clock) {
        this.records = records;
        this.runner = runner;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues the document, or returns the one already waiting or being made for the same subject (a second click
     * makes no second copy). A document already made is made again: its data may have changed since.
     *
     * @throws IllegalArgumentException when no writer makes documents of this kind
     */
    @Transactional
    public Document request(Actor actor, AssemblyId assembly, String kind, String subject, String fileName) {
        String mediaType = runner.mediaType(kind);
        var latest = records.latest(assembly, kind, subject);
        if (latest.isPresent() && latest.get().status().pending()) {
            return latest.get();
        }
        var document = new Document(
                DocumentId.random(),
                assembly,
                kind,
                subject,
                fileName,
                mediaType,
                DocumentStatus.QUEUED,
                0,
                "",
                0,
                clock.instant(),
                null);
        var by = actor.userId();
        records.insert(document, by == null ? null : by.value());
        audit.record(
                AuditRecord.of(actor, assembly, "documents.requested", fileName).withChange(null, kind));
        wakeAfterCommit();
        return document;
    }

    /** The latest request for this subject, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<Document> latest(AssemblyId assembly, String kind, String subject) {
        return records.latest(assembly, kind, subject);
    }

    @Transactional(readOnly = true)
    public Optional<Document> find(AssemblyId assembly, DocumentId id) {
        return records.find(assembly, id);
    }

    /** Writes a finished document's file to {@code out}; false when it is not (or no longer) there. */
    @Transactional(readOnly = true)
    public boolean writeFile(AssemblyId assembly, DocumentId id, OutputStream out) {
        return records.writeContent(assembly, id, out);
    }

    /**
     * Asks again for a document that failed after all its attempts.
     *
     * @throws InvalidInputException when it has not failed (it is ready, or still being made)
     */
    @Transactional
    public void retry(Actor actor, AssemblyId assembly, DocumentId id) {
        var document =
                records.find(assembly, id).orElseThrow(() -> new InvalidInputException("document", "documents.gone"));
        if (!records.retry(assembly, id)) {
            throw new InvalidInputException("document", "documents.not-failed");
        }
        audit.record(AuditRecord.of(actor, assembly, "documents.retried", document.fileName())
                .withChange(document.problem(), document.kind()));
        wakeAfterCommit();
    }

    private void wakeAfterCommit() {
        AfterCommit.run(runner::wake);
    }
}
