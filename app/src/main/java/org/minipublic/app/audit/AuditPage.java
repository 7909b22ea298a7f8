package org.minipublic.app.audit;

import java.util.List;

/** One page of audit entries, newest first. Pages are numbered from 0. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
