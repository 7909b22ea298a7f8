package org.minipublic.app.reporting;

import java.util.List;
import java.util.stream.Collectors;
import org.minipublic.app.audit.AuditEntry;
import org.minipublic.app.identity.Identity;
import org.springframework.stereotype.Service;

/**
 * Audit entries as the audit pages show them. An entry about a user names that user, as the identity module knows
 * them now, instead of showing an id nobody can read; every other subject shows as recorded.
 */
@Service
public class AuditRows {

    private final Identity identity;

    AuditRows(Identity identity) {
        this.identity = identity;
    }

    public List<AuditRow> of(List<AuditEntry> entries) {
        var users =
                entries.stream().flatMap(entry -> entry.subjectUser().stream()).collect(Collectors.toSet());
        var names = identity.displayNames(users);
        return entries.stream()
                .map(entry ->
                        new AuditRow(entry, entry.subjectUser().map(names::get).orElse(entry.subject())))
                .toList();
    }

    /**
     * One entry and what it was about, in words.
     *
     * @param subject the name of the user the entry is about, or the entry's recorded subject
     */
    public record AuditRow(AuditEntry entry, String subject) {}
}
