package org.minipublic.app.audit;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's API. {@link #record} joins the caller's transaction, so a rolled-back change leaves no entry and
 * a recorded entry always describes something that happened.
 */
@Service
public class AuditLog {

    /** Entries per page on screen; exports are not paged. */
    public static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        entries.insert(record, clock.instant());
    }

    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query, int page) {
        int safePage = Math.max(0, page);
        return new AuditPage(entries.find(query, safePage, PAGE_SIZE), safePage, PAGE_SIZE, entries.count(query));
    }

    /** Streams every matching entry, newest first, for export. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        entries.forEach(query, consumer);
    }
}
