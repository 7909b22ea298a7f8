package org.minipublic.app.selection;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.ceremony.PublicNumber;
import org.minipublic.sortition.report.InputDigest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second half of a draw ceremony ({@link Ceremonies} has the first): the digits drawn in public give the panel
 * number, and the draw runs with it, stored only if its lottery is the one committed to and only while the pool and
 * the targets are still those the commitment fingerprints.
 */
@Service
public class CeremonyReveals {

    /** Digits typed at the reveal: enough for many rejected groups, not a place for an essay. */
    static final int MAX_DIGITS_TEXT = 200;

    private final Ceremonies ceremonies;
    private final CeremonyRecords records;
    private final DrawRecords draws;
    private final Draws drawing;
    private final TargetRecords targets;
    private final Pool pool;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    CeremonyReveals(
            Ceremonies ceremonies,
            CeremonyRecords records,
            DrawRecords draws,
            Draws drawing,
            TargetRecords targets,
            Pool pool,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.ceremonies = ceremonies;
        this.records = records;
        this.draws = draws;
        this.drawing = drawing;
        this.targets = targets;
        this.pool = pool;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the panel number from the digits drawn in public and starts the draw with it.
     *
     * @throws InvalidInputException when the ceremony is not waiting for digits, the digits are not enough or not
     *     digits, a draw is running, or the pool or the targets changed since the commitment
     */
    @Transactional
    public DrawId reveal(Actor actor, AssemblyId assembly, CeremonyId id, String digits) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly);
        var ceremony = ceremonies
                .find(actor, assembly, id)
                .orElseThrow(() -> new InvalidInputException("digits", "selection.ceremony.not-committed"));
        if (ceremony.revealed()) {
            throw new InvalidInputException("digits", "selection.ceremony.revealed-already");
        }
        if (ceremony.cancelled()) {
            throw new InvalidInputException("digits", "selection.ceremony.cancelled-already");
        }
        if (!ceremony.committed()) {
            throw new InvalidInputException("digits", "selection.ceremony.not-committed");
        }
        PublicNumber.Draw reveal;
        try {
            if (digits.length() > MAX_DIGITS_TEXT) {
                throw new IllegalArgumentException("too long");
            }
            reveal = PublicNumber.panel(digits, ceremony.committedLottery().lotterySize());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("digits", "selection.ceremony.digits.invalid", ceremony.digitsPerGroup());
        }
        var draw = startDraw(actor, assembly, ceremony, reveal.panelNumber());
        if (!records.revealed(
                id, PublicNumber.digitsOnly(digits), reveal.panelNumber(), clock.instant(), actor.label())) {
            throw new InvalidInputException("digits", "selection.ceremony.revealed-already");
        }
        audit.record(AuditRecord.of(actor, assembly, "selection.ceremony-revealed", "Ceremony " + ceremony.number())
                .withChange(
                        null, "digits " + PublicNumber.digitsOnly(digits) + ", panel number " + reveal.panelNumber()));
        return draw;
    }

    /**
     * Records in the audit log a reveal that was refused, with why and what was typed (nothing else is kept of it), so
     * that the log shows every set of digits tried at a ceremony, not only the one that counted. What was typed is
     * kept to {@link #MAX_DIGITS_TEXT} characters, control and direction marks shown as "?", and a cut says so.
     */
    @Transactional
    public void refused(Actor actor, AssemblyId assembly, CeremonyId id, String digits, String reason) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        String typed =
                digits.substring(0, Math.min(digits.length(), MAX_DIGITS_TEXT)).replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        String cut = digits.length() > MAX_DIGITS_TEXT ? "… (" + digits.length() + " characters in all)" : "";
        ceremonies
                .find(actor, assembly, id)
                .ifPresent(ceremony -> audit.record(AuditRecord.of(
                                actor, assembly, "selection.ceremony-reveal-refused", "Ceremony " + ceremony.number())
                        .withChange(null, "reveal refused (" + reason + "); typed: \"" + typed + "\"" + cut)));
    }

    /**
     * Runs the revealed panel's draw again after it failed (a stopped process, for example), with the same number.
     *
     * @throws InvalidInputException when the ceremony's draw has not failed
     */
    @Transactional
    public DrawId runAgain(Actor actor, AssemblyId assembly, CeremonyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly);
        var ceremony = ceremonies
                .find(actor, assembly, id)
                .filter(Ceremony::revealed)
                .filter(c -> c.draw() != null
                        && draws.find(assembly, c.draw())
                                .filter(d -> d.status() == Draw.Status.FAILED)
                                .isPresent())
                .orElseThrow(() -> new InvalidInputException("draw", "selection.ceremony.draw-not-failed"));
        return startDraw(actor, assembly, ceremony, java.util.Objects.requireNonNull(ceremony.panelNumber()));
    }

    private DrawId startDraw(Actor actor, AssemblyId assembly, Ceremony ceremony, int panelNumber) {
        drawing.requireIdle(assembly);
        var set = targets.find(ceremony.targets()).orElseThrow();
        var input = EngineInput.of(pool.members(assembly), set);
        if (!unchanged(assembly, ceremony, input)) {
            throw new InvalidInputException("digits", "selection.ceremony.inputs-changed");
        }
        var problem = new SelectionProblem(
                input.pool(),
                input.targets(),
                set.panelSize(),
                AlgorithmName.parse(ceremony.algorithm()),
                ceremony.seed(),
                ceremony.committedLottery().lotterySize(),
                panelNumber,
                SelectionProblem.DEFAULT_LEGACY_RUNS);
        var id = DrawId.random();
        int number = draws.nextNumber(assembly);
        var drawSettings = new DrawSettings(ceremony.algorithm(), ceremony.seed(), ceremony.witnesses());
        draws.insert(
                assembly,
                id,
                number,
                set.id(),
                drawSettings,
                ceremony.seed(),
                ceremony.seedSource(),
                clock.instant(),
                actor.label());
        records.linkDraw(id, ceremony.id());
        audit.record(AuditRecord.of(actor, assembly, "selection.draw-started", "Draw " + number)
                .withChange(
                        null,
                        "ceremony " + ceremony.number() + ", panel number " + panelNumber + ", seed "
                                + ceremony.seed()));
        var committed = new DrawRunner.Committed(
                java.util.Objects.requireNonNull(ceremony.sha256()), enginePseudonyms(ceremony.id()));
        drawing.submitAfterCommit(new DrawRunner.Job(actor, assembly, id, number, problem, input.leftOut(), committed));
        return id;
    }

    /**
     * Whether the committed lottery still applies: the targets are still the assembly's latest and the pool gives the
     * fingerprints the commitment states. Anyone registering, leaving or changing an answer since makes it stale.
     */
    @Transactional(readOnly = true)
    public boolean stillApplies(Actor actor, AssemblyId assembly, Ceremony ceremony) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        var set = targets.find(ceremony.targets()).orElseThrow();
        return unchanged(assembly, ceremony, EngineInput.of(pool.members(assembly), set));
    }

    private boolean unchanged(AssemblyId assembly, Ceremony ceremony, EngineInput input) {
        var settings = ceremony.committedLottery().settings();
        return targets.latest(assembly)
                        .map(TargetSet::id)
                        .filter(ceremony.targets()::equals)
                        .isPresent()
                && InputDigest.of(input.targets()).equals(settings.get("targets_sha256"))
                && InputDigest.of(input.pool()).equals(settings.get("people_sha256"));
    }

    private Map<org.minipublic.sortition.pool.RespondentId, String> enginePseudonyms(CeremonyId id) {
        return records.pseudonyms(id).stream()
                .collect(Collectors.toMap(
                        p -> new org.minipublic.sortition.pool.RespondentId(
                                p.respondent().value().toString()),
                        CeremonyRecords.Pseudonym::pseudonym));
    }
}
