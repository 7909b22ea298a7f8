package org.minipublic.app.accountability;

import java.util.Map;
import java.util.Optional;
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
 * The round in which each member gives their verdict on the institution's responses through the member portal.
 * Organisers open it once the responses are published, close it, and publish its figures; while it is open only the
 * turnout is shown, so that early figures sway nobody. Opening, closing and publishing are audited.
 */
@Service
public class Verdicts {

    private final VerdictRecords records;
    private final RecommendationRecords recommendations;
    private final Identity identity;
    private final AuditLog audit;

    Verdicts(VerdictRecords records, RecommendationRecords recommendations, Identity identity, AuditLog audit) {
        this.records = records;
        this.recommendations = recommendations;
        this.identity = identity;
        this.audit = audit;
    }

    /** The assembly's round, if it has one. */
    @Transactional(readOnly = true)
    public Optional<VerdictRound> round(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.round(assembly);
    }

    /** The figures of each response rated, once the round has closed; nothing while it is open or before. */
    @Transactional(readOnly = true)
    public Map<RecommendationId, VerdictFigures> figures(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        boolean closed = records.round(assembly).filter(r -> !r.open()).isPresent();
        return closed ? records.figures(assembly) : Map.of();
    }

    /** The figures of each response rated, once the organisers have published them; nothing before. */
    @Transactional(readOnly = true)
    public Map<RecommendationId, VerdictFigures> published(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        boolean published =
                records.round(assembly).filter(VerdictRound::published).isPresent();
        return published ? records.figures(assembly) : Map.of();
    }

    /**
     * Opens the round to every member signed in to the portal.
     *
     * @throws InvalidInputException unless the responses are published and there is at least one, or when the
     *     assembly has had a round already
     */
    @Transactional
    public void open(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        if (!recommendations.settings(assembly).published()
                || recommendations.all(assembly).stream().allMatch(r -> r.response() == null)) {
            throw new InvalidInputException("round", "accountability.verdict-round.not-ready");
        }
        if (!records.open(assembly)) {
            throw new InvalidInputException("round", "accountability.verdict-round.exists");
        }
        audit.record(AuditRecord.of(actor, assembly, "accountability.verdict-round-opened", "Assembly " + assembly));
    }

    /** Closes the round for good: no member can give their verdict after this. */
    @Transactional
    public void close(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        if (!records.close(assembly)) {
            throw new InvalidInputException("round", "accountability.verdict-round.not-open");
        }
        int turnout = records.round(assembly).map(VerdictRound::turnout).orElse(0);
        audit.record(AuditRecord.of(actor, assembly, "accountability.verdict-round-closed", "Assembly " + assembly)
                .withChange(null, turnout + " members gave their verdict"));
    }

    /** Puts the closed round's figures on the public page and in the report, or takes them off. */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, boolean published) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        if (!records.publish(assembly, published)) {
            throw new InvalidInputException("round", "accountability.verdict-round.not-closed");
        }
        audit.record(AuditRecord.of(
                actor,
                assembly,
                published ? "accountability.verdict-round-published" : "accountability.verdict-round-unpublished",
                "Assembly " + assembly));
    }
}
