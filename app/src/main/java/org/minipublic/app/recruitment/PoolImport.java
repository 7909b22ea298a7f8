package org.minipublic.app.recruitment;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool recruited elsewhere (by a partner, at a street stall), added from a CSV or XLSX file. The file is checked
 * first by the registration rules and against the pool, and imported only when it has no problem at all and the
 * organiser says so: everyone in it or nobody. Imported people are not put on the address list, which invitation
 * rounds draw from.
 */
@Service
public class PoolImport {

    /** Twenty thousand respondents take about 2 MB as CSV. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final Uploads uploads;
    private final StoredRespondents stored;
    private final ImportedRespondents imported;
    private final KnownAreas areas;
    private final RegistrationSetup setup;
    private final AuditLog audit;
    private final Identity identity;
    private final Clock clock;

    PoolImport(
            Uploads uploads,
            StoredRespondents stored,
            ImportedRespondents imported,
            KnownAreas areas,
            RegistrationSetup setup,
            AuditLog audit,
            Identity identity,
            Clock clock) {
        this.uploads = uploads;
        this.stored = stored;
        this.imported = imported;
        this.areas = areas;
        this.setup = setup;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    /** Keeps the file for a day and says what importing it would do. Nobody is added yet. */
    @Transactional
    public PoolCheck upload(Actor actor, AssemblyId assembly, String fileName, byte[] content) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (actor.userId() == null) {
            throw new IllegalArgumentException("uploads are made by users");
        }
        String name = safeName(fileName);
        var file = check(assembly, name, content);
        var id = UUID.randomUUID();
        uploads.deleteOlderThan(clock.instant().minus(UPLOAD_KEPT));
        uploads.insert(
                Uploads.Kind.RESPONDENTS,
                new Uploads.Upload(id, assembly, name, content, actor.userId()),
                clock.instant());
        return PoolCheck.of(id, name, file);
    }

    /** The check of a file uploaded earlier, against the pool as it is now. */
    @Transactional(readOnly = true)
    public PoolCheck check(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = requireUpload(assembly, uploadId);
        return PoolCheck.of(uploadId, upload.fileName(), check(assembly, upload.fileName(), upload.content()));
    }

    /**
     * Adds everyone in the file to the pool, or nobody.
     *
     * @return how many were added
     * @throws InvalidInputException when the file has problems or was already imported or cancelled
     */
    @Transactional
    public int importUpload(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = requireUpload(assembly, uploadId);
        var file = check(assembly, upload.fileName(), upload.content());
        if (!file.canImport()) {
            throw new InvalidInputException("file", "recruitment.import.has-errors");
        }
        imported.insertAll(assembly, file.entries(), upload.uploadedBy(), clock.instant());
        uploads.delete(uploadId);
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondents-imported", "Respondent pool")
                .withChange(null, file.entries().size() + " respondents from \"" + upload.fileName() + "\""));
        return file.entries().size();
    }

    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        uploads.delete(requireUpload(assembly, uploadId).id());
    }

    private PoolFile check(AssemblyId assembly, String name, byte[] content) {
        var categories = setup.categories(assembly);
        var keys = new HashSet<DuplicateKeys.Key>();
        stored.all(assembly, true).forEach(r -> keys.addAll(DuplicateKeys.of(r.person())));
        var context =
                new PoolFile.Context(categories, setup.settings(assembly).referenceDate(), areas.of(assembly), keys);
        return PoolFile.check(read(name, content), context);
    }

    private Uploads.Upload requireUpload(AssemblyId assembly, UUID id) {
        return uploads.find(Uploads.Kind.RESPONDENTS, assembly, id)
                .orElseThrow(() -> new InvalidInputException("file", "recruitment.import.gone"));
    }

    private static Table read(String name, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "recruitment.import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        try {
            return TableReader.read(name, content);
        } catch (InputException e) {
            throw new InvalidInputException("file", "recruitment.import.unreadable");
        }
    }

    private static String safeName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "")
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (!base.toLowerCase(Locale.ROOT).matches(".+\\.(csv|xlsx)")) {
            throw new InvalidInputException("file", "recruitment.import.file-type");
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }
}
