package org.minipublic.app.deliberation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
 * Free comments on drafts: facilitators and organisers type in what a table or member said (members may
 * also write their own on the member portal, see {@link PortalDraftEntries}), or add their own. Comments appear on
 * the draft's page in the order written, with who wrote them and on which version. An organiser can remove one; its place stays, saying who removed it, and its text and who said it
 * are erased.
 */
@Service
public class DraftComments {

    static final int BODY_LIMIT = 2000;
    static final int SAID_BY_LIMIT = 100;

    private final DraftCommentRecords records;
    private final Drafts drafts;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    DraftComments(DraftCommentRecords records, Drafts drafts, Identity identity, AuditLog audit, Clock clock) {
        this.records = records;
        this.drafts = drafts;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft's comments, oldest first, removed ones in their place. */
    @Transactional(readOnly = true)
    public List<DraftComment> of(Actor actor, AssemblyId assembly, DraftId draft) {
        drafts.draft(actor, assembly, draft);
        return records.of(draft);
    }

    /** One comment of a draft. */
    @Transactional(readOnly = true)
    public Optional<DraftComment> find(Actor actor, AssemblyId assembly, DraftId draft, UUID id) {
        return of(actor, assembly, draft).stream()
                .filter(c -> c.id().equals(id))
                .findFirst();
    }

    /**
     * Adds a comment on the draft's current version: a table's or member's, typed in on their behalf ({@code saidBy}
     * names them, or is empty), or the writer's own.
     *
     * @throws InvalidInputException naming the field when the comment is empty or too long, or the draft was merged
     *     or split (comment on the drafts it became)
     */
    @Transactional
    public UUID add(Actor actor, AssemblyId assembly, DraftId id, String body, String saidBy, boolean onBehalf) {
        identity.require(actor, assembly, Permission.WRITE_DRAFTS);
        var draft = drafts.draft(actor, assembly, id);
        Drafts.requireNotReplaced(draft, "body");
        String text = body.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > BODY_LIMIT) {
            throw new InvalidInputException("body", "drafts.comment.body-length", BODY_LIMIT);
        }
        String who = onBehalf ? saidBy.strip() : "";
        if (who.length() > SAID_BY_LIMIT) {
            throw new InvalidInputException("saidBy", "drafts.comment.said-by-length", SAID_BY_LIMIT);
        }
        var comment = new DraftComment(
                UUID.randomUUID(), id, draft.version(), text, who, onBehalf, actor.label(), clock.instant(), null);
        records.insert(comment);
        audit.record(AuditRecord.of(actor, assembly, "drafts.comment-added", "Draft " + id)
                .withChange(null, "comment " + comment.id()));
        return comment.id();
    }

    /**
     * Removes a comment: its text is erased and its place says who removed it.
     *
     * @throws InvalidInputException when it was removed already
     * @throws DraftNotFoundException when the draft has no such comment
     */
    @Transactional
    public void remove(Actor actor, AssemblyId assembly, DraftId draft, UUID id) {
        identity.require(actor, assembly, Permission.DECIDE_AMENDMENTS);
        var comment = find(actor, assembly, draft, id).orElseThrow(() -> new DraftNotFoundException(id));
        if (comment.removed() || !records.remove(assembly, draft, id, actor.label(), clock.instant())) {
            throw new InvalidInputException("comment", "drafts.comment.gone");
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.comment-removed", "Draft " + draft)
                .withChange("comment " + id, null));
    }
}
