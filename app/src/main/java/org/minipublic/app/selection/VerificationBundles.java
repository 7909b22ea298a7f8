package org.minipublic.app.selection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification bundles: what the advisory board (or anyone the organisers trust with the pool) needs to check a draw
 * with the command line, built from the files stored when the draw ended, so that editing the pool or the targets
 * later changes nothing in it. The people file is personal data: the same people who see the draw's panel may
 * download it, and every download is audited.
 */
@Service
public class VerificationBundles {

    static final String COMMAND =
            "java -jar minipublic-sortition.jar verify --record draw.json --categories targets.csv --people people.csv";

    private final DrawRecords records;
    private final DrawInputs inputs;
    private final Identity identity;
    private final AuditLog audit;
    private final MessageSource messages;

    VerificationBundles(
            DrawRecords records, DrawInputs inputs, Identity identity, AuditLog audit, MessageSource messages) {
        this.records = records;
        this.inputs = inputs;
        this.identity = identity;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the draw has a bundle: it finished after the app began storing draws' input files. */
    @Transactional(readOnly = true)
    public boolean available(AssemblyId assembly, DrawId id) {
        return records.find(assembly, id).filter(Draw::done).isPresent() && inputs.exists(id);
    }

    /** The draw's bundle, with its README in the given language; empty when the draw has none. Audited. */
    @Transactional
    public Optional<VerificationBundle> bundle(Actor actor, AssemblyId assembly, DrawId id, Locale locale) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        var draw = records.find(assembly, id).filter(Draw::done);
        var record = draw.flatMap(d -> records.record(id));
        var files = draw.flatMap(d -> inputs.find(id));
        if (draw.isEmpty() || record.isEmpty() || files.isEmpty()) {
            return Optional.empty();
        }
        var entries = new LinkedHashMap<String, String>();
        entries.put("draw.json", record.get());
        entries.put("targets.csv", files.get().targetsCsv());
        entries.put("people.csv", files.get().peopleCsv());
        entries.put("README.txt", readme(assembly, draw.get(), locale));
        audit.record(AuditRecord.of(
                actor,
                assembly,
                "selection.bundle-downloaded",
                "Draw " + draw.get().number()));
        return Optional.of(
                new VerificationBundle("draw-" + draw.get().number() + "-verification.zip", zip(entries, draw.get())));
    }

    private String readme(AssemblyId assembly, Draw draw, Locale locale) {
        var text = new StringBuilder();
        text.append(message("selection.bundle.readme.title", locale, draw.number()))
                .append("\n\n");
        text.append(message("selection.bundle.readme.files", locale)).append("\n\n");
        var first = draw.replaces();
        if (first != null) {
            int number = records.find(assembly, first).map(Draw::number).orElse(0);
            text.append(message("selection.bundle.readme.replacement", locale, number))
                    .append("\n\n");
        }
        text.append(message("selection.bundle.readme.run", locale, String.valueOf(draw.engineVersion())))
                .append("\n\n    ")
                .append(COMMAND)
                .append("\n\n");
        text.append(message("selection.bundle.readme.result", locale)).append('\n');
        return text.toString();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Entries dated when the draw ended, so that the same draw gives the same files. */
    private static byte[] zip(Map<String, String> entries, Draw draw) {
        var bytes = new ByteArrayOutputStream();
        var finishedAt = draw.finishedAt();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                var zipEntry = new ZipEntry(entry.getKey());
                if (finishedAt != null) {
                    zipEntry.setTime(finishedAt.toEpochMilli());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }
}
