package org.minipublic.app.recruitment;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
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

    private static final Uploads.Kind KIND = Uploads.Kind.RESPONDENTS;

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
        var upload = Uploads.receive(KIND, actor, fileName, content);
        var file = check(assembly, upload);
        uploads.keep(KIND, assembly, upload);
        return PoolCheck.of(upload.id(), upload.fileName(), file);
    }

    /** The check of a file uploaded earlier, against the pool as it is now. */
    @Transactional(readOnly = true)
    public PoolCheck check(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = uploads.waiting(KIND, assembly, uploadId);
        return PoolCheck.of(uploadId, upload.fileName(), check(assembly, upload));
    }

    /**
     * Adds everyone in the file to the pool, or nobody. The file is claimed first, so a second import of it (a double
     * click) adds nobody; if anything fails, the claim is rolled back with the rest and the file waits for another try.
     *
     * @return how many were added
     * @throws InvalidInputException when the file has problems, was already imported or cancelled, or is being
     *     imported at this moment
     */
    @Transactional
    public int importUpload(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = uploads.claim(KIND, assembly, uploadId);
        var file = check(assembly, upload);
        if (!file.canImport()) {
            throw new InvalidInputException("file", "recruitment.import.has-errors");
        }
        imported.insertAll(assembly, file.entries(), upload.uploadedBy(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondents-imported", "Respondent pool")
                .withChange(null, file.entries().size() + " respondents from \"" + upload.fileName() + "\""));
        return file.entries().size();
    }

    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        uploads.cancel(KIND, assembly, uploadId);
    }

    private PoolFile check(AssemblyId assembly, Uploads.Upload upload) {
        var categories = setup.categories(assembly);
        var keys = new HashSet<DuplicateKeys.Key>();
        stored.all(assembly, true).forEach(r -> keys.addAll(DuplicateKeys.of(r.person())));
        var context =
                new PoolFile.Context(categories, setup.settings(assembly).referenceDate(), areas.of(assembly), keys);
        return PoolFile.check(Uploads.read(upload), context);
    }
}
