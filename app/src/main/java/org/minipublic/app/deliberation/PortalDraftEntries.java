package org.minipublic.app.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and amendments members write themselves on the member portal. The caller has checked the sign-in ({@link
 * org.minipublic.app.members.web.portal.PortalSessions#visitor}). They are stored as the team's are, with the same
 * limits, and reach the team's pages for organisers to decide on, written by {@value #BY_MEMBER} rather than by name:
 * every member can read them on the portal, and the portal never shows one member another's name. The row keeps the
 * member's id, so that the portal marks their own and a second click stores nothing twice; the audit log names the
 * member by id.
 */
@Service
public class PortalDraftEntries {

    /** How a member's comment or amendment names who wrote it, on the team's pages and in an accepted version's reason. */
    static final String BY_MEMBER = "a member, on the member portal";

    /**
     * Comments and amendments from one member: 20 at once, then one per 3 minutes, at most 100 a day. Far more than a
     * member writes in a weekend; a lost card in the wrong hands cannot bury the drafts in text.
     */
    static final AttemptLimit PER_MEMBER = AttemptLimit.of(
            "drafts-per-member",
            new AttemptLimit.Allowance(20, Duration.ofHours(1)),
            new AttemptLimit.Allowance(100, Duration.ofDays(1)));

    private final PortalDrafts drafts;
    private final DraftCommentRecords comments;
    private final AmendmentRecords amendments;
    private final Attempts attempts;
    private final AuditLog audit;
    private final Clock clock;

    PortalDraftEntries(
            PortalDrafts drafts,
            DraftCommentRecords comments,
            AmendmentRecords amendments,
            Attempts attempts,
            AuditLog audit,
            Clock clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.amendments = amendments;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds the member's comment on the draft's current version; the same comment sent again is not stored twice.
     *
     * @throws InvalidInputException on field {@code comment} when it is empty or too long, the draft takes no more
     *     comments (merged or split), or the member has sent too many
     * @throws DraftNotFoundException when the member's assembly has no such draft, or it was withdrawn
     */
    @Transactional
    public UUID comment(PortalMember member, DraftId id, String body) {
        var draft = drafts.readable(member.assembly(), id);
        if (!PortalDrafts.takesComments(draft)) {
            throw new InvalidInputException("comment", "portal-drafts.comment.closed");
        }
        String text = clean(body);
        if (text.isEmpty() || text.length() > DraftComments.BODY_LIMIT) {
            throw new InvalidInputException("comment", "drafts.comment.body-length", DraftComments.BODY_LIMIT);
        }
        take(member, "comment");
        var sent = comments.sameByMember(id, member.member(), text);
        if (sent.isPresent()) {
            return sent.get();
        }
        var comment = new DraftComment(
                UUID.randomUUID(), id, draft.version(), text, "", false, BY_MEMBER, clock.instant(), null);
        comments.insert(comment, member.member());
        audit.record(AuditRecord.of(actor(member), member.assembly(), "drafts.comment-added", "Draft " + id)
                .withChange(null, "comment " + comment.id()));
        return comment.id();
    }

    /**
     * Proposes the member's wording for the draft's recommendation, with why; the same proposal sent again while it
     * waits for a decision is not stored twice.
     *
     * @throws InvalidInputException naming the field ({@code wording} or {@code why}) when the wording is empty, too
     *     long or unchanged, the reason is missing or too long, the draft is no longer being worked on, or the member
     *     has sent too many
     * @throws DraftNotFoundException when the member's assembly has no such draft, or it was withdrawn
     */
    @Transactional
    public UUID propose(PortalMember member, DraftId id, String wording, String why) {
        var draft = drafts.readable(member.assembly(), id);
        if (!PortalDrafts.takesAmendments(draft)) {
            throw new InvalidInputException("wording", "portal-drafts.amendment.closed");
        }
        String text = clean(wording);
        check(draft, text, clean(why));
        take(member, "wording");
        var sent = amendments.openByMember(id, member.member(), text);
        if (sent.isPresent()) {
            return sent.get();
        }
        var amendment = UUID.randomUUID();
        amendments.insert(amendment, id, text, clean(why), BY_MEMBER, clock.instant(), member.member());
        audit.record(AuditRecord.of(actor(member), member.assembly(), "drafts.amendment-proposed", "Draft " + id)
                .withChange(null, text));
        return amendment;
    }

    private static void check(Draft draft, String wording, String why) {
        if (wording.isEmpty() || wording.length() > Drafts.TEXT_LIMIT) {
            throw new InvalidInputException("wording", "portal-drafts.amendment.wording-length", Drafts.TEXT_LIMIT);
        }
        if (wording.equals(draft.current().text().body())) {
            throw new InvalidInputException("wording", "portal-drafts.amendment.unchanged");
        }
        // The team may leave "why" empty when a table agreed it aloud; a member's proposal reaches organisers alone.
        if (why.isEmpty() || why.length() > Amendments.WHY_LIMIT) {
            throw new InvalidInputException("why", "portal-drafts.amendment.why-length", Amendments.WHY_LIMIT);
        }
    }

    /** Counts one sending; the member's count is locked until this transaction ends, so a double click waits here. */
    private void take(PortalMember member, String field) {
        var attempt =
                attempts.take(AttemptSubject.typed(PER_MEMBER, member.member().toString()));
        if (!attempt.granted()) {
            throw new InvalidInputException(field, "portal-drafts.wait", (attempt.waitSeconds() + 59) / 60);
        }
    }

    /** The audit log's name for the member: their id, never their name. */
    private static Actor actor(PortalMember member) {
        return new Actor(null, "member " + member.member() + " (member portal)");
    }

    private static String clean(String text) {
        return text.strip().replace("\r\n", "\n");
    }
}
