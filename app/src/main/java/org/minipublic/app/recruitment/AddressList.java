package org.minipublic.app.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
 * An assembly's address list: households that may be invited. Files are checked first and imported only when the
 * organiser has seen the check and says so; an import adds every checked row or, if anything fails, none.
 */
@Service
public class AddressList {

    /** Larger files are refused before they are read: a hundred thousand addresses take about 10 MB as CSV. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    public static final int PAGE_SIZE = 50;
    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);

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
        if (actor.userId() == null) {
            throw new IllegalArgumentException("uploads are made by users");
        }
        String name = safeName(fileName);
        var file = check(assembly, name, content);
        var id = UUID.randomUUID();
        uploads.deleteOlderThan(clock.instant().minus(UPLOAD_KEPT));
        uploads.insert(
                Uploads.Kind.ADDRESSES,
                new Uploads.Upload(id, assembly, name, content, actor.userId()),
                clock.instant());
        return AddressCheck.of(id, name, file);
    }

    /** The check of a file uploaded earlier, against the list as it is now. */
    @Transactional(readOnly = true)
    public AddressCheck check(AssemblyId assembly, UUID uploadId) {
        var upload = requireUpload(assembly, uploadId);
        return AddressCheck.of(uploadId, upload.fileName(), check(assembly, upload.fileName(), upload.content()));
    }

    /**
     * Adds the file's addresses to the list, all of them or none.
     *
     * @return how many were added
     * @throws InvalidInputException when the file has errors or was already imported or cancelled
     */
    @Transactional
    public int importUpload(Actor actor, AssemblyId assembly, UUID uploadId) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var upload = requireUpload(assembly, uploadId);
        var file = check(assembly, upload.fileName(), upload.content());
        if (!file.canImport() || file.entries().isEmpty()) {
            throw new InvalidInputException("file", "recruitment.import.has-errors");
        }
        households.insertAll(
                assembly,
                file.entries().stream().map(AddressFile.Entry::address).toList(),
                clock.instant());
        uploads.delete(uploadId);
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
        uploads.delete(requireUpload(assembly, uploadId).id());
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

    private AddressFile check(AssemblyId assembly, String name, byte[] content) {
        return AddressFile.check(read(name, content), households.keys(assembly));
    }

    private Uploads.Upload requireUpload(AssemblyId assembly, UUID id) {
        return uploads.find(Uploads.Kind.ADDRESSES, assembly, id)
                .orElseThrow(() -> new InvalidInputException("file", "recruitment.import.gone"));
    }

    /** table-io reads files by path; the copy is private to this process's user and deleted at once. */
    private static Table read(String name, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "recruitment.import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        String suffix = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
        try {
            var file = Files.createTempFile("minipublic-addresses-", suffix);
            try {
                Files.write(file, content);
                return TableReader.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
