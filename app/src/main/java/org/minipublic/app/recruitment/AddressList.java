package org.minipublic.app.recruitment;

import java.time.Clock;
import java.util.List;
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
 * An assembly's address list: households that may be invited. Files are checked first and imported only when the
 * organiser has seen the check and says so; an import adds every checked row or, if anything fails, none.
 */
@Service
public class AddressList {

    /** Larger files are refused before they are read: a hundred thousand addresses take about 10 MB as CSV. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    public static final int PAGE_SIZE = 50;
    private static final Uploads.Kind KIND = Uploads.Kind.ADDRESSES;

    private final Households households;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Identity identity;
    private final Clock clock;

    AddressList(Households households, Uploads uploads, AuditLog audit, Identity identity, Clock clock) {
        this.households = households;
        this.uploads = uploads;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    /** Keeps the file for a day and says what importing it would do. Nothing is added to the list yet. */
    @Transactional
    public AddressCheck upload(Actor actor, AssemblyId assembly, String fileName, byte[] content) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = Uploads.receive(KIND, actor, fileName, content);
        var file = check(assembly, upload);
        uploads.keep(KIND, assembly, upload);
        return AddressCheck.of(upload.id(), upload.fileName(), file);
    }

    /** The check of a file uploaded earlier, against the list as it is now. */
    @Transactional(readOnly = true)
    public AddressCheck check(AssemblyId assembly, UUID uploadId) {
        var upload = uploads.waiting(KIND, assembly, uploadId);
        return AddressCheck.of(uploadId, upload.fileName(), check(assembly, upload));
    }

    /**
     * Adds the file's addresses to the list, all of them or none. The file is claimed first, so a second import of it
     * (a double click) adds nothing; if anything fails, the claim is rolled back with the rest and the file waits for
     * another try.
     *
     * @return how many were added
     * @throws InvalidInputException when the file has errors, was already imported or cancelled, or is being imported
     *     at this moment
     */
    @Transactional
    public int importUpload(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = uploads.claim(KIND, assembly, uploadId);
        var file = check(assembly, upload);
        if (!file.canImport() || file.entries().isEmpty()) {
            throw new InvalidInputException("file", "recruitment.import.has-errors");
        }
        households.insertAll(
                assembly,
                file.entries().stream().map(AddressFile.Entry::address).toList(),
                clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "recruitment.addresses-imported", "Address list")
                .withChange(
                        null,
                        file.entries().size() + " addresses from \"" + upload.fileName() + "\", "
                                + file.skipped().size() + " duplicates skipped"));
        return file.entries().size();
    }

    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        uploads.cancel(KIND, assembly, uploadId);
    }

    @Transactional(readOnly = true)
    public List<AreaCount> areas(AssemblyId assembly) {
        return households.perArea(assembly);
    }

    /** One page (from 0) of the list, optionally only addresses whose first line or postcode contain the search. */
    @Transactional(readOnly = true)
    public HouseholdPage page(AssemblyId assembly, String search, int page) {
        String query = search.strip();
        long total = households.count(assembly, query);
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int safe = Math.min(Math.max(0, page), last);
        return new HouseholdPage(households.page(assembly, query, safe * PAGE_SIZE, PAGE_SIZE), safe, last + 1, total);
    }

    private AddressFile check(AssemblyId assembly, Uploads.Upload upload) {
        return AddressFile.check(Uploads.read(upload), households.keys(assembly));
    }
}
