package org.minipublic.app.selection;

import java.time.Clock;
import java.util.Set;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which alternates said no when the organisers asked them to stand in. They are left out of the alternates left and of
 * a replacement draw from the alternates ({@link Draws}); a "no" recorded by mistake can be taken back. Every change is
 * audited.
 */
@Service
public class AlternateDeclines {

    private final AlternateRecords records;
    private final DrawRecords draws;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    AlternateDeclines(AlternateRecords records, DrawRecords draws, Identity identity, AuditLog audit, Clock clock) {
        this.records = records;
        this.draws = draws;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that one of the first draw's alternates said no.
     *
     * @throws InvalidInputException when the person is not among the draw's alternates
     */
    @Transactional
    public void decline(Actor actor, AssemblyId assembly, DrawId original, RespondentId respondent) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        var draw = firstDraw(assembly, original);
        boolean alternate = records.find(original)
                .filter(choice -> choice.alternates().contains(respondent))
                .isPresent();
        if (!alternate) {
            throw new InvalidInputException("respondent", "selection.alternates.not-an-alternate");
        }
        if (records.decline(original, respondent, clock.instant(), actor.label())) {
            audit.record(AuditRecord.of(actor, assembly, "selection.alternate-declined", subject(respondent, draw)));
        }
    }

    /**
     * Takes back a recorded "no": the alternate counts among those left again.
     *
     * @throws InvalidInputException when the draw is not a first draw of the assembly
     */
    @Transactional
    public void undo(Actor actor, AssemblyId assembly, DrawId original, RespondentId respondent) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        var draw = firstDraw(assembly, original);
        if (records.undoDecline(original, respondent)) {
            audit.record(
                    AuditRecord.of(actor, assembly, "selection.alternate-decline-undone", subject(respondent, draw)));
        }
    }

    /** The first draw's alternates who said no, for staff who may see the draws. */
    @Transactional(readOnly = true)
    public Set<RespondentId> declined(Actor actor, AssemblyId assembly, DrawId original) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return draws.find(assembly, original).isPresent() ? records.declined(original) : Set.of();
    }

    private Draw firstDraw(AssemblyId assembly, DrawId original) {
        return draws.find(assembly, original)
                .filter(d -> d.replaces() == null)
                .orElseThrow(() -> new InvalidInputException("respondent", "selection.alternates.not-an-alternate"));
    }

    private static String subject(RespondentId respondent, Draw draw) {
        return "Respondent " + respondent + " (alternate of draw " + draw.number() + ")";
    }
}
