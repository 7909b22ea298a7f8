package org.minipublic.app.reporting.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Writes audit entries as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents correctly). */
final class AuditCsv {

    static final String[] HEADER = {
        "id", "occurred_at", "actor_id", "actor", "assembly_id", "action", "subject", "before", "after"
    };

    private AuditCsv() {}

    static ResponseEntity<StreamingResponseBody> download(AuditLog audit, AuditQuery query, String filename) {
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (var csv = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
                audit.forEach(query, entry -> {
                    try {
                        csv.printRecord(
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
                });
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
}
