package org.minipublic.app.evidence;

import static org.minipublic.app.evidence.MaterialStatus.APPROVED;
import static org.minipublic.app.evidence.MaterialStatus.CHANGES_REQUESTED;
import static org.minipublic.app.evidence.MaterialStatus.DRAFT;
import static org.minipublic.app.evidence.MaterialStatus.IN_REVIEW;
import static org.minipublic.app.evidence.MaterialStatus.PUBLISHED;
import static org.minipublic.app.evidence.MaterialStatus.SUBMITTED;

import java.time.Clock;
import java.util.Set;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.programme.SessionRemoved;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisory board's review of materials, and the team's comments on them. Organisers submit a draft (or a material
 * whose changes they made) and publish what the board approved; the board starts a review and approves it or asks for
 * changes, saying which in a comment. A step the material's status does not allow is refused with the reason. Every
 * step is audited with the material's id and the two statuses.
 */
@Service
public class MaterialReview {

    static final int COMMENT_LIMIT = 4000;

    private final MaterialRecords records;
    private final MaterialReading reading;
    private final CommentRecords comments;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    MaterialReview(
            MaterialRecords records,
            MaterialReading reading,
            CommentRecords comments,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.reading = reading;
        this.comments = comments;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Organisers hand a draft, or a material whose requested changes they made, to the advisory board. */
    @Transactional
    public void submit(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        move(actor, assembly, id, Set.of(DRAFT, CHANGES_REQUESTED), SUBMITTED, "evidence.review.submit.refused");
    }

    /** An advisory board member takes up a submitted material. */
    @Transactional
    public void startReview(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.REVIEW_MATERIALS);
        move(actor, assembly, id, Set.of(SUBMITTED), IN_REVIEW, "evidence.review.start.refused");
    }

    /** The advisory board approves the material under review, as its newest versions read. */
    @Transactional
    public void approve(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.REVIEW_MATERIALS);
        move(actor, assembly, id, Set.of(IN_REVIEW), APPROVED, "evidence.review.approve.refused");
    }

    /**
     * The advisory board asks for changes to the material under review; the comment says which.
     *
     * @throws InvalidInputException when the comment is empty or too long, or the material is not under review
     */
    @Transactional
    public void requestChanges(Actor actor, AssemblyId assembly, MaterialId id, String comment) {
        identity.require(actor, assembly, Permission.REVIEW_MATERIALS);
        reading.find(assembly, id);
        var text = checked(comment, "evidence.review.changes.comment-required");
        move(actor, assembly, id, Set.of(IN_REVIEW), CHANGES_REQUESTED, "evidence.review.changes.refused");
        addComment(actor, assembly, id, text);
    }

    /** Organisers publish an approved material: its newest version in each language becomes the one readers see. */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        move(actor, assembly, id, Set.of(APPROVED), PUBLISHED, "evidence.review.publish.refused");
        records.publishNewest(id);
    }

    /**
     * Organisers take a material off the portal and the public site at once (a wrong file, a mistake in it): readers no
     * longer see any version of it. Its versions, review and comments stay; a published material goes back to
     * approved, so that publishing it again is one step, and a material whose newer version is under review keeps its
     * status.
     *
     * @throws InvalidInputException when readers see no version of it
     */
    @Transactional
    public void withdraw(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        // one locking read, which also says not-found; locked, so that a version added or a publish at the same moment
        // cannot be overwritten by the status set here
        var before = records.lockStatus(assembly, id).orElseThrow(() -> new MaterialNotFoundException(id));
        if (!records.unpublish(id)) {
            throw new InvalidInputException("status", "evidence.withdraw.not-published");
        }
        var after = before == PUBLISHED ? APPROVED : before;
        if (after != before) {
            records.setStatus(id, after, clock.instant());
        }
        audit.record(AuditRecord.of(actor, assembly, "evidence.material-withdrawn", "Material " + id)
                .withChange(before.name() + ", published", after.name() + ", not published"));
    }

    /** Someone on the team (organisers, the advisory board) comments on a material, whatever its status. */
    @Transactional
    public void comment(Actor actor, AssemblyId assembly, MaterialId id, String comment) {
        identity.require(actor, assembly, Permission.COMMENT_ON_MATERIALS);
        reading.find(assembly, id);
        var text = checked(comment, "evidence.comment.required");
        addComment(actor, assembly, id, text);
    }

    /** A removed session's materials stay, linked to no session. */
    @ApplicationModuleListener
    void on(SessionRemoved removed) {
        records.unlinkSession(removed.session());
    }

    private void move(
            Actor actor,
            AssemblyId assembly,
            MaterialId id,
            Set<MaterialStatus> from,
            MaterialStatus to,
            String refused) {
        var before = reading.find(assembly, id).status();
        if (!from.contains(before) || !records.changeStatus(id, before, to, clock.instant())) {
            throw new InvalidInputException("status", refused);
        }
        audit.record(AuditRecord.of(actor, assembly, "evidence.status-changed", "Material " + id)
                .withChange(before.name(), to.name()));
    }

    private void addComment(Actor actor, AssemblyId assembly, MaterialId id, String text) {
        var comment = comments.insert(id, actor.userId(), text, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "evidence.comment-added", "Material " + id)
                .withChange(null, "comment " + comment));
    }

    private static String checked(String comment, String requiredKey) {
        var text = comment.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("comment", requiredKey);
        }
        if (text.length() > COMMENT_LIMIT) {
            throw new InvalidInputException("comment", "evidence.too-long", COMMENT_LIMIT);
        }
        return text;
    }
}
