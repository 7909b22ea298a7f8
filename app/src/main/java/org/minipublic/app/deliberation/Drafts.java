package org.minipublic.app.deliberation;

import java.time.Clock;
import java.util.List;
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
 * An assembly's themes and draft recommendations. Facilitators write drafts for their tables; every change is a new
 * version with its reason, never an overwrite; organisers keep the list of themes. Every change is audited.
 */
@Service
public class Drafts {

    static final int NAME_LIMIT = 100;
    static final int TABLE_LIMIT = 60;
    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 4000;
    static final int REASON_LIMIT = 500;

    private final ThemeRecords themes;
    private final DraftRecords drafts;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Drafts(ThemeRecords themes, DraftRecords drafts, Identity identity, AuditLog audit, Clock clock) {
        this.themes = themes;
        this.drafts = drafts;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Theme> themes(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_DRAFTS);
        return themes.all(assembly);
    }

    /** Adds a theme at the end of the list. */
    @Transactional
    public ThemeId addTheme(Actor actor, AssemblyId assembly, String name) {
        identity.require(actor, assembly, Permission.MANAGE_THEMES);
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "drafts.theme.name-length", NAME_LIMIT);
        }
        var id = ThemeId.random();
        if (!themes.insert(id, assembly, clean)) {
            throw new InvalidInputException("name", "drafts.theme.exists");
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.theme-added", "Theme " + id)
                .withChange(null, clean));
        return id;
    }

    /** Removes a theme no draft uses. */
    @Transactional
    public void removeTheme(Actor actor, AssemblyId assembly, ThemeId id) {
        identity.require(actor, assembly, Permission.MANAGE_THEMES);
        var theme = theme(assembly, id);
        if (!themes.deleteUnused(assembly, id)) {
            throw new InvalidInputException("theme", "drafts.theme.in-use");
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.theme-removed", "Theme " + id)
                .withChange(theme.name(), null));
    }

    /** Every draft of the assembly, oldest first, each with its history. */
    @Transactional(readOnly = true)
    public List<Draft> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_DRAFTS);
        return drafts.all(assembly);
    }

    /**
     * One draft with its history.
     *
     * @throws DraftNotFoundException when the assembly has no such draft
     */
    @Transactional(readOnly = true)
    public Draft draft(Actor actor, AssemblyId assembly, DraftId id) {
        identity.require(actor, assembly, Permission.VIEW_DRAFTS);
        return drafts.find(assembly, id).orElseThrow(() -> new DraftNotFoundException(id));
    }

    /** The text of every final draft, theme by theme in the themes' order, oldest first within a theme. */
    @Transactional(readOnly = true)
    public List<DraftText> finalTexts(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_DRAFTS);
        var order = themes.all(assembly).stream().map(Theme::id).toList();
        return drafts.all(assembly).stream()
                .filter(d -> d.status() == DraftStatus.FINAL)
                .sorted(java.util.Comparator.comparingInt(d -> order.indexOf(d.theme())))
                .map(d -> d.current().text())
                .toList();
    }

    /** Writes down a new draft under a theme, for a table. */
    @Transactional
    public DraftId add(Actor actor, AssemblyId assembly, ThemeId theme, String table, DraftText text) {
        identity.require(actor, assembly, Permission.WRITE_DRAFTS);
        theme(assembly, theme);
        String label = table.strip();
        if (label.length() > TABLE_LIMIT) {
            throw new InvalidInputException("table", "drafts.table-length", TABLE_LIMIT);
        }
        check(text);
        var id = DraftId.random();
        var at = clock.instant();
        drafts.insert(id, assembly, theme, label, at);
        drafts.insertVersion(id, 1, text, "", actor.label(), at);
        audit.record(AuditRecord.of(actor, assembly, "drafts.draft-added", "Draft " + id)
                .withChange(null, text.title()));
        return id;
    }

    /**
     * Saves a changed text as the draft's next version, unless someone saved one since {@code version} was read.
     *
     * @throws InvalidInputException naming the field when the text breaks a rule, the draft is no longer being
     *     drafted, or it changed in the meantime
     */
    @Transactional
    public void revise(Actor actor, AssemblyId assembly, DraftId id, DraftText text, String reason, int version) {
        identity.require(actor, assembly, Permission.WRITE_DRAFTS);
        var draft = draft(actor, assembly, id);
        requireOpen(draft, "body");
        check(text);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw new InvalidInputException("reason", "drafts.reason-length", REASON_LIMIT);
        }
        if (text.equals(draft.current().text())) {
            throw new InvalidInputException("body", "drafts.unchanged");
        }
        if (!drafts.advance(assembly, id, version)) {
            throw new InvalidInputException("body", "drafts.changed-meanwhile");
        }
        drafts.insertVersion(id, version + 1, text, why, actor.label(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "drafts.draft-revised", "Draft " + id)
                .withChange(draft.current().text().title(), text.title()));
    }

    /** Marks a draft final (ready for the vote), withdrawn, or back to being drafted; never one merged or split. */
    @Transactional
    public void mark(Actor actor, AssemblyId assembly, DraftId id, DraftStatus to) {
        identity.require(actor, assembly, Permission.WRITE_DRAFTS);
        var draft = draft(actor, assembly, id);
        if (to.replaced()) {
            throw new IllegalArgumentException("drafts are merged or split through DraftMerges, not marked so");
        }
        requireNotReplaced(draft, "status");
        if (draft.status() == to || !drafts.setStatus(assembly, id, draft.status(), to)) {
            throw new InvalidInputException("status", "drafts.status-unchanged");
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.draft-marked", "Draft " + id)
                .withChange(draft.status().name(), to.name()));
    }

    private Theme theme(AssemblyId assembly, ThemeId id) {
        return themes.all(assembly).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DraftNotFoundException(id));
    }

    /**
     * Refuses a change to a draft no longer being drafted, saying why: merged or split into other drafts (which
     * cannot be undone), or final or withdrawn (which can).
     */
    static void requireOpen(Draft draft, String field) {
        requireNotReplaced(draft, field);
        if (draft.status() != DraftStatus.DRAFT) {
            throw new InvalidInputException(field, "drafts.not-open");
        }
    }

    /** Refuses a change to a draft merged or split into others, saying which it was. */
    static void requireNotReplaced(Draft draft, String field) {
        if (draft.status().replaced()) {
            throw new InvalidInputException(
                    field, "drafts." + draft.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    static void check(DraftText text) {
        if (text.title().isEmpty() || text.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "drafts.title-length", TITLE_LIMIT);
        }
        if (text.body().isEmpty() || text.body().length() > TEXT_LIMIT) {
            throw new InvalidInputException("body", "drafts.body-length", TEXT_LIMIT);
        }
        if (text.rationale().length() > TEXT_LIMIT) {
            throw new InvalidInputException("rationale", "drafts.rationale-length", TEXT_LIMIT);
        }
    }
}
