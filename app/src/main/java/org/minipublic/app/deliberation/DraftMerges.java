package org.minipublic.app.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
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
 * Merging drafts into one and splitting a draft into several, by an organiser. Nothing is deleted: the drafts merged
 * or split are kept with every version, marked merged or split and linked to the drafts their text went into, which
 * link back; the new drafts' first versions name where they came from. Open amendments on a merged or split draft are
 * closed with the reason. Each merge and split is audited by the drafts' ids.
 */
@Service
public class DraftMerges {

    /** At most this many drafts in one merge or parts in one split. */
    public static final int MOST = 12;

    private final Drafts drafts;
    private final DraftRecords records;
    private final AmendmentRecords amendments;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    DraftMerges(
            Drafts drafts,
            DraftRecords records,
            AmendmentRecords amendments,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.drafts = drafts;
        this.records = records;
        this.amendments = amendments;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a draft's text came from and went: its links to and from drafts merged or split. */
    @Transactional(readOnly = true)
    public List<DraftLink> links(Actor actor, AssemblyId assembly, DraftId id) {
        drafts.draft(actor, assembly, id);
        return records.links(assembly, id);
    }

    /**
     * Merges two or more drafts still being worked on into a new one with the text given, under the theme given.
     *
     * @throws InvalidInputException naming the field when fewer than two drafts are named, one of them is not being
     *     worked on, the text breaks a rule, or a draft changed in the meantime
     */
    @Transactional
    public DraftId merge(
            Actor actor, AssemblyId assembly, List<DraftId> ids, ThemeId theme, String table, DraftText text) {
        identity.require(actor, assembly, Permission.DECIDE_AMENDMENTS);
        var sources = new ArrayList<Draft>();
        for (var id : new LinkedHashSet<>(ids)) {
            sources.add(open(drafts.draft(actor, assembly, id)));
        }
        if (sources.size() < 2 || sources.size() > MOST) {
            throw new InvalidInputException("drafts", "drafts.merge.count", MOST);
        }
        if (drafts.themes(actor, assembly).stream().noneMatch(t -> t.id().equals(theme))) {
            throw new InvalidInputException("theme", "drafts.theme.required");
        }
        String label = checkedTable(table);
        Drafts.check(text);
        var merged = DraftId.random();
        var at = clock.instant();
        records.insert(merged, assembly, theme, label, at);
        records.insertVersion(merged, 1, text, reason("Merged from: ", titles(sources)), actor.label(), at);
        for (var source : sources) {
            replace(assembly, source, new DraftLink(source.id(), merged, DraftLink.Kind.MERGE), actor, at);
            amendments.closeOpen(source.id(), reason("Draft merged into: ", text.title()), actor.label(), at);
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.drafts-merged", "Draft " + merged)
                .withChange(null, "merged from " + ids(sources)));
        return merged;
    }

    /**
     * Splits a draft still being worked on into two or more new drafts under its theme and table, one for each part
     * that is not left blank.
     *
     * @throws InvalidInputException naming the field ({@code parts[i].title} and so on) when fewer than two parts are
     *     given, a part breaks a rule, or the draft is not being worked on or changed in the meantime
     */
    @Transactional
    public List<DraftId> split(Actor actor, AssemblyId assembly, DraftId id, List<DraftText> parts) {
        identity.require(actor, assembly, Permission.DECIDE_AMENDMENTS);
        var original = open(drafts.draft(actor, assembly, id));
        var given = new ArrayList<DraftText>();
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            if (!(part.title() + part.body() + part.rationale()).isEmpty()) {
                checkPart(i, part);
                given.add(part);
            }
        }
        if (given.size() < 2 || given.size() > MOST) {
            throw new InvalidInputException("parts", "drafts.split.count", MOST);
        }
        var at = clock.instant();
        var made = insertParts(assembly, original, given, actor, at);
        if (!records.setStatus(assembly, id, DraftStatus.DRAFT, DraftStatus.SPLIT)) {
            throw new InvalidInputException("parts", "drafts.changed-meanwhile");
        }
        for (var partId : made) {
            records.insertLink(new DraftLink(id, partId, DraftLink.Kind.SPLIT), at);
        }
        String titles = given.stream().map(DraftText::title).collect(Collectors.joining("; "));
        amendments.closeOpen(id, reason("Draft split into: ", titles), actor.label(), at);
        audit.record(AuditRecord.of(actor, assembly, "drafts.draft-split", "Draft " + id)
                .withChange(
                        null,
                        "split into " + made.stream().map(DraftId::toString).collect(Collectors.joining(", "))));
        return made;
    }

    /** Writes down each part as a new draft under the original's theme and table, naming where it came from. */
    private List<DraftId> insertParts(
            AssemblyId assembly, Draft original, List<DraftText> parts, Actor actor, Instant at) {
        var made = new ArrayList<DraftId>();
        String from = reason("Split from: ", original.current().text().title());
        for (var part : parts) {
            var partId = DraftId.random();
            // a microsecond apart, so that the parts are listed in the order given
            var when = at.plus(made.size(), ChronoUnit.MICROS);
            records.insert(partId, assembly, original.theme(), original.tableLabel(), when);
            records.insertVersion(partId, 1, part, from, actor.label(), when);
            made.add(partId);
        }
        return made;
    }

    private void replace(AssemblyId assembly, Draft source, DraftLink link, Actor actor, Instant at) {
        if (!records.setStatus(assembly, source.id(), DraftStatus.DRAFT, DraftStatus.MERGED)) {
            throw new InvalidInputException("drafts", "drafts.changed-meanwhile");
        }
        records.insertLink(link, at);
    }

    /** The draft, when it is still being worked on; only such drafts are merged or split. */
    private static Draft open(Draft draft) {
        if (draft.status() != DraftStatus.DRAFT) {
            throw new InvalidInputException(
                    "drafts", "drafts.merge.not-open", draft.current().text().title());
        }
        return draft;
    }

    private static void checkPart(int index, DraftText part) {
        try {
            Drafts.check(part);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("parts[" + index + "]." + e.field(), e.messageKey(), e.arguments());
        }
    }

    private static String checkedTable(String table) {
        String label = table.strip();
        if (label.length() > Drafts.TABLE_LIMIT) {
            throw new InvalidInputException("table", "drafts.table-length", Drafts.TABLE_LIMIT);
        }
        return label;
    }

    private static String titles(List<Draft> sources) {
        return sources.stream().map(d -> d.current().text().title()).collect(Collectors.joining("; "));
    }

    private static String ids(List<Draft> sources) {
        return sources.stream().map(d -> d.id().toString()).collect(Collectors.joining(", "));
    }

    /** A version's or decision's reason, cut to the length a reason may have. */
    private static String reason(String lead, String titles) {
        String reason = lead + titles;
        int limit = Math.min(Drafts.REASON_LIMIT, Amendments.REASON_LIMIT);
        return reason.length() <= limit ? reason : reason.substring(0, limit - 1) + "…";
    }
}
