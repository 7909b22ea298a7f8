package org.minipublic.app.members;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UploadNames;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.NotUtf8Exception;
import org.minipublic.tableio.OversizedInputException;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members from a CSV or XLSX file, as when a recruitment partner ran the lottery elsewhere. The file is checked first
 * and imported only when the organiser has seen the check and says so; an import adds every checked row or, if
 * anything fails, nobody.
 */
@Service
public class MemberImport {

    /** A few thousand members take well under a megabyte; anything larger is not a member list. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final MemberUploads uploads;
    private final MemberListing listing;
    private final Members members;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;

    MemberImport(
            MemberUploads uploads,
            MemberListing listing,
            Members members,
            MemberAccess access,
            AuditLog audit,
            Clock clock) {
        this.uploads = uploads;
        this.listing = listing;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the file for a day and says what importing it would do. Nobody is added yet. */
    @Transactional
    public MemberCheck upload(Actor actor, AssemblyId assembly, String fileName, byte[] content) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        if (actor.userId() == null) {
            throw new IllegalArgumentException("uploads are made by users");
        }
        String name = UploadNames.safe(fileName, "members.import.file-type");
        var file = check(assembly, name, content);
        var id = UUID.randomUUID();
        uploads.deleteOlderThan(clock.instant().minus(UPLOAD_KEPT));
        uploads.insert(new MemberUploads.Upload(id, assembly, name, content, actor.userId()), clock.instant());
        return MemberCheck.of(id, name, file);
    }

    /** The check of a file uploaded earlier, against the members as they are now. */
    @Transactional(readOnly = true)
    public MemberCheck check(Actor actor, AssemblyId assembly, UUID uploadId) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var upload = requireUpload(assembly, uploadId);
        return MemberCheck.of(uploadId, upload.fileName(), check(assembly, upload.fileName(), upload.content()));
    }

    /**
     * Adds the file's members, all of them or none. The file is claimed first, so a second import of it (a double
     * click) enrols nobody; if anything fails, the claim is rolled back with the rest and the file waits for another
     * try.
     *
     * @return how many were added
     * @throws InvalidInputException when the file has errors, was already imported or cancelled, or is being imported
     *     at this moment
     */
    @Transactional
    public int importUpload(Actor actor, AssemblyId assembly, UUID uploadId) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var upload = uploads.claim(assembly, uploadId)
                .orElseThrow(() -> new InvalidInputException("file", "members.import.not-waiting"));
        // Two files imported at once would each check for duplicates before the other's members are in.
        uploads.lockImports(assembly);
        var file = check(assembly, upload.fileName(), upload.content());
        if (!file.canImport()) {
            boolean allThere = file.errors().isEmpty() && !file.skipped().isEmpty();
            throw new InvalidInputException(
                    "file", allThere ? "members.import.all-there" : "members.import.has-errors");
        }
        for (var entry : file.entries()) {
            members.insert(actor, assembly, entry.member(), entry.payment(), MemberRecords.Source.IMPORT);
        }
        audit.record(AuditRecord.of(actor, assembly, "members.imported", "Members")
                .withChange(
                        null,
                        file.entries().size() + " members from upload " + uploadId + ", "
                                + file.skipped().size() + " duplicates skipped"));
        return file.entries().size();
    }

    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, UUID uploadId) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        uploads.delete(requireUpload(assembly, uploadId).id());
    }

    private MemberFile check(AssemblyId assembly, String name, byte[] content) {
        return MemberFile.check(read(name, content), listing.keys(assembly));
    }

    private MemberUploads.Upload requireUpload(AssemblyId assembly, UUID id) {
        return uploads.find(assembly, id).orElseThrow(() -> new InvalidInputException("file", "members.import.gone"));
    }

    private static Table read(String name, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "members.import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        try {
            return TableReader.read(name, content);
        } catch (OversizedInputException e) {
            throw new InvalidInputException("file", "members.import.oversized");
        } catch (NotUtf8Exception e) {
            throw new InvalidInputException("file", "members.import.not-utf8", e.line());
        } catch (InputException e) {
            throw new InvalidInputException("file", "members.import.unreadable");
        }
    }
}
