package org.minipublic.app.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.minipublic.app.audit.AuditEntry;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.shared.CsvExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Writes audit entries as CSV through {@link CsvExport}, so a display name or summary cannot act as a formula. */
final class AuditCsv {

    static final String[] HEADER = {
        "id", "occurred_at", "actor_id", "actor", "assembly_id", "action", "subject", "before", "after"
    };

    private AuditCsv() {}

    static ResponseEntity<StreamingResponseBody> download(AuditLog audit, AuditQuery query, String filename) {
        StreamingResponseBody body = out -> {
            try (var csv = CsvExport.open(out, HEADER)) {
                audit.forEach(query, entry -> write(csv, entry));
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    private static void write(CsvExport csv, AuditEntry entry) {
        try {
            csv.row(
                    entry.id(),
                    entry.occurredAt(),
                    entry.actorId(),
                    entry.actorLabel(),
                    entry.assemblyId(),
                    entry.action(),
                    entry.subject(),
                    entry.before(),
                    entry.after());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
