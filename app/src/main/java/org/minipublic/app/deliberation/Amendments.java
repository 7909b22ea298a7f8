package org.minipublic.app.deliberation;

import java.time.Clock;
import java.util.List;
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
 * Amendments to drafts: members, through their facilitator, propose a changed wording of a draft's recommendation; an
 * organiser accepts it, which makes it the draft's next version, or rejects it, and gives the reason either way.
 * Proposals and decisions stay on record beside the draft's history.
 */
@Service
public class Amendments {

    static final int WHY_LIMIT = 1000;
    static final int REASON_LIMIT = 500;

    private final AmendmentRecords records;
    private final Drafts drafts;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Amendments(AmendmentRecords records, Drafts drafts, Identity identity, AuditLog audit, Clock clock) {
        this.records = records;
        this.drafts = drafts;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft's amendments, oldest first. */
    @Transactional(readOnly = true)
    public List<Amendment> of(Actor actor, AssemblyId assembly, DraftId draft) {
        drafts.draft(actor, assembly, draft);
        return records.of(assembly, draft);
    }

    private static String versionReason(Amendment amendment, String why) {
        String reason = "Amendment by " + amendment.proposedBy() + ": " + why;
        return reason.length() <= Drafts.REASON_LIMIT ? reason : reason.substring(0, Drafts.REASON_LIMIT);
    }

    /**
     * Proposes a changed wording for a draft that is still being drafted.
     *
     * @throws InvalidInputException naming the field when the wording is empty, too long or unchanged
     */
    @Transactional
    public UUID propose(Actor actor, AssemblyId assembly, DraftId id, String body, String why) {
        identity.require(actor, assembly, Permission.WRITE_DRAFTS);
        var draft = drafts.draft(actor, assembly, id);
        Drafts.requireOpen(draft, "body");
        String text = body.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > Drafts.TEXT_LIMIT) {
            throw new InvalidInputException("body", "drafts.body-length", Drafts.TEXT_LIMIT);
        }
        if (text.equals(draft.current().text().body())) {
            throw new InvalidInputException("body", "drafts.amendment.unchanged");
        }
        String reason = why.strip();
        if (reason.length() > WHY_LIMIT) {
            throw new InvalidInputException("why", "drafts.amendment.why-length", WHY_LIMIT);
        }
        var amendment = UUID.randomUUID();
        records.insert(amendment, id, text, reason, actor.label(), clock.instant(), null);
        audit.record(AuditRecord.of(actor, assembly, "drafts.amendment-proposed", "Draft " + id)
                .withChange(null, text));
        return amendment;
    }

    /**
     * Accepts or rejects a proposed amendment, with the reason. Accepting makes its wording the draft's next version.
     *
     * @throws InvalidInputException when the reason is missing, the amendment was decided already, or the draft is no
     *     longer being drafted
     */
    @Transactional
    public void decide(Actor actor, AssemblyId assembly, UUID id, boolean accept, String reason) {
        identity.require(actor, assembly, Permission.DECIDE_AMENDMENTS);
        var amendment = records.find(assembly, id).orElseThrow(() -> new DraftNotFoundException(id));
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw new InvalidInputException("reason", "drafts.amendment.reason-length", REASON_LIMIT);
        }
        var status = accept ? Amendment.Status.ACCEPTED : Amendment.Status.REJECTED;
        if (!records.decide(id, status, why, actor.label(), clock.instant())) {
            throw new InvalidInputException("reason", "drafts.amendment.decided");
        }
        if (accept) {
            var draft = drafts.draft(actor, assembly, amendment.draft());
            var text = draft.current().text();
            drafts.revise(
                    actor,
                    assembly,
                    draft.id(),
                    new DraftText(text.title(), amendment.body(), text.rationale()),
                    versionReason(amendment, why),
                    draft.version());
        }
        audit.record(AuditRecord.of(actor, assembly, "drafts.amendment-decided", "Draft " + amendment.draft())
                .withChange(null, status + ": " + why));
    }
}
