package org.minipublic.app.deliberation;

import java.time.Clock;
import java.time.LocalDate;
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
 * Professional review of the drafts: organisers open a round with a deadline, in which institution officers and the
 * advisory board comment on each draft's feasibility and legality. Reviewers can comment and never change a text;
 * everyone who reads the drafts sees the comments beside them before the vote.
 */
@Service
public class Reviews {

    static final int BODY_LIMIT = 4000;

    private final ReviewRecords records;
    private final Drafts drafts;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Reviews(ReviewRecords records, Drafts drafts, Identity identity, AuditLog audit, Clock clock) {
        this.records = records;
        this.drafts = drafts;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assembly's current or last review round. */
    @Transactional(readOnly = true)
    public Optional<ReviewRound> round(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_DRAFTS);
        return records.latestRound(assembly);
    }

    /** Whether reviews can be written today. */
    @Transactional(readOnly = true)
    public boolean open(Actor actor, AssemblyId assembly) {
        return round(actor, assembly).map(r -> r.openOn(today())).orElse(false);
    }

    /**
     * Opens a review round ending on {@code deadline} (inclusive).
     *
     * @throws InvalidInputException when the deadline is in the past
     */
    @Transactional
    public void openRound(Actor actor, AssemblyId assembly, LocalDate deadline) {
        identity.require(actor, assembly, Permission.MANAGE_THEMES);
        if (deadline.isBefore(today())) {
            throw new InvalidInputException("deadline", "drafts.review.deadline-past");
        }
        records.insertRound(UUID.randomUUID(), assembly, deadline, actor.label(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "drafts.review-round-opened", "Review round")
                .withChange(null, "until " + deadline));
    }

    /** A draft's reviews, oldest first. */
    @Transactional(readOnly = true)
    public List<Review> of(Actor actor, AssemblyId assembly, DraftId draft) {
        drafts.draft(actor, assembly, draft);
        return records.of(draft);
    }

    /**
     * Writes a comment on the draft's current version, while a round is open.
     *
     * @throws InvalidInputException when no round is open or the comment is empty or too long
     */
    @Transactional
    public void comment(Actor actor, AssemblyId assembly, DraftId id, Review.Kind kind, String body) {
        identity.require(actor, assembly, Permission.REVIEW_DRAFTS);
        var draft = drafts.draft(actor, assembly, id);
        var round = records.latestRound(assembly)
                .filter(r -> r.openOn(today()))
                .orElseThrow(() -> new InvalidInputException("body", "drafts.review.closed"));
        String text = body.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > BODY_LIMIT) {
            throw new InvalidInputException("body", "drafts.review.body-length", BODY_LIMIT);
        }
        records.insert(
                new Review(UUID.randomUUID(), id, draft.version(), kind, text, actor.label(), clock.instant()),
                round.id());
        audit.record(AuditRecord.of(actor, assembly, "drafts.reviewed", "Draft " + id)
                .withChange(null, kind.name()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
