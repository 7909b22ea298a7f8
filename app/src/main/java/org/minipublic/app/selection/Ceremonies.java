package org.minipublic.app.selection;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AfterCommit;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.ceremony.PublicNumber;
import org.minipublic.sortition.report.InputDigest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draw ceremonies (docs/selection.md, "A draw ceremony in the application"): the lottery is computed and committed to
 * first, its SHA-256 published, and each respondent can be told their pseudonym; then digits drawn in public give the
 * panel number, and the draw runs with it. The draw is stored only if its lottery is the one committed to, and only
 * if the pool and the targets are still those the commitment fingerprints.
 */
@Service
public class Ceremonies {

    /** Digits typed at the reveal: enough for many rejected groups, not a place for an essay. */
    static final int MAX_DIGITS_TEXT = 200;

    /** One line of the private list, with the name and contact the organisers need to tell each person theirs. */
    public record PseudonymLine(
            RespondentId respondent, String name, String contact, String pseudonym, String panels) {}

    private final CeremonyRecords records;
    private final CeremonyRunner runner;
    private final DrawRecords draws;
    private final Draws drawing;
    private final TargetRecords targets;
    private final Pool pool;
    private final AlternatesRunner choosing;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Ceremonies(
            CeremonyRecords records,
            CeremonyRunner runner,
            DrawRecords draws,
            Draws drawing,
            TargetRecords targets,
            Pool pool,
            AlternatesRunner choosing,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.runner = runner;
        this.draws = draws;
        this.drawing = drawing;
        this.targets = targets;
        this.pool = pool;
        this.choosing = choosing;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a ceremony with the current targets and pool and starts computing its lottery once the record is
     * committed.
     *
     * @throws InvalidInputException when the algorithm has no lottery to commit to, there are no targets, the pool is
     *     smaller than the panel, or another ceremony's lottery is being computed
     */
    @Transactional
    public CeremonyId commit(Actor actor, AssemblyId assembly, DrawSettings settings) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        if (List.of("uniform", "legacy").contains(settings.algorithm())) {
            throw new InvalidInputException("algorithm", "selection.ceremony.algorithm");
        }
        targets.lock(assembly);
        var set = targets.latest(assembly)
                .orElseThrow(() -> new InvalidInputException("targets", "selection.draw.no-targets"));
        if (all(assembly).stream().anyMatch(c -> c.status() == Ceremony.Status.COMMITTING)) {
            throw new InvalidInputException("draw", "selection.ceremony.busy");
        }
        var input = EngineInput.of(pool.members(assembly), set);
        if (input.pool().size() < set.panelSize()) {
            throw new InvalidInputException(
                    "draw", "selection.draw.pool-too-small", input.pool().size(), set.panelSize());
        }
        long seed = settings.seed() != null ? settings.seed() : random.nextLong(Draws.MAX_GENERATED_SEED);
        var id = CeremonyId.random();
        int number = records.nextNumber(assembly);
        records.insert(
                assembly,
                id,
                number,
                set.id(),
                settings,
                seed,
                settings.seed() != null ? "typed" : "generated",
                clock.instant(),
                actor.label());
        audit.record(AuditRecord.of(actor, assembly, "selection.ceremony-started", "Ceremony " + number)
                .withChange(
                        null,
                        settings.algorithm() + ", seed " + seed + ", targets version " + set.version() + ", pool "
                                + input.pool().size()));
        var problem = SelectionProblem.of(input.pool(), input.targets(), set.panelSize(), seed)
                .withAlgorithm(AlgorithmName.parse(settings.algorithm()));
        var job = new CeremonyRunner.Job(actor, assembly, id, number, problem);
        AfterCommit.run(() -> runner.submit(job));
        return id;
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
        var ceremony = find(actor, assembly, id)
                .orElseThrow(() -> new InvalidInputException("digits", "selection.ceremony.not-committed"));
        if (ceremony.revealed()) {
            throw new InvalidInputException("digits", "selection.ceremony.revealed-already");
        }
        if (!ceremony.committed()) {
            throw new InvalidInputException("digits", "selection.ceremony.not-committed");
        }
        PublicNumber.Draw reveal;
        try {
            if (digits.length() > MAX_DIGITS_TEXT) {
                throw new IllegalArgumentException("too long");
            }
            reveal = PublicNumber.panel(digits, ceremony.parsedCommitment().lotterySize());
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
     * Runs the revealed panel's draw again after it failed (a stopped process, for example), with the same number.
     *
     * @throws InvalidInputException when the ceremony's draw has not failed
     */
    @Transactional
    public DrawId runAgain(Actor actor, AssemblyId assembly, CeremonyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly);
        var ceremony = find(actor, assembly, id)
                .filter(Ceremony::revealed)
                .filter(c -> c.draw() != null
                        && draws.find(assembly, c.draw())
                                .filter(d -> d.status() == Draw.Status.FAILED)
                                .isPresent())
                .orElseThrow(() -> new InvalidInputException("draw", "selection.ceremony.draw-not-failed"));
        return startDraw(actor, assembly, ceremony, java.util.Objects.requireNonNull(ceremony.panelNumber()));
    }

    private DrawId startDraw(Actor actor, AssemblyId assembly, Ceremony ceremony, int panelNumber) {
        if (draws.all(assembly).stream().anyMatch(d -> d.status() == Draw.Status.RUNNING)) {
            throw new InvalidInputException("draw", "selection.draw.running");
        }
        if (choosing.choosingIn(assembly)) {
            throw new InvalidInputException("draw", "selection.alternates.busy");
        }
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
                ceremony.parsedCommitment().lotterySize(),
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
        var settings = ceremony.parsedCommitment().settings();
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

    /** The assembly's ceremonies, newest first, for staff who may see the draws. */
    @Transactional(readOnly = true)
    public List<Ceremony> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return all(assembly);
    }

    @Transactional(readOnly = true)
    public Optional<Ceremony> find(Actor actor, AssemblyId assembly, CeremonyId id) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return records.find(assembly, id).map(this::withStopped);
    }

    /** The ceremony whose reveal started this draw, if any. */
    @Transactional(readOnly = true)
    public Optional<CeremonyId> ofDraw(DrawId draw) {
        return records.ofDraw(draw);
    }

    /**
     * A ceremony anyone may see once its commitment exists and the assembly is past planning: the commitment names
     * nobody, and it must be public before the digits are drawn for the ceremony to mean anything.
     */
    @Transactional(readOnly = true)
    public Optional<Ceremony> published(AssemblyId assembly, CeremonyId id) {
        return drawing.isPublic(assembly)
                ? records.find(assembly, id).filter(c -> c.committed() || c.revealed())
                : Optional.empty();
    }

    /**
     * The private list: each respondent's name, contact, pseudonym and the panel numbers that include them, for the
     * organisers to tell each person their own line. Every download is audited.
     */
    @Transactional
    public Optional<List<PseudonymLine>> pseudonyms(Actor actor, AssemblyId assembly, CeremonyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        var found = records.find(assembly, id).filter(c -> c.committed() || c.revealed());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var ceremony = found.get();
        var lines = records.pseudonyms(id);
        var summaries = pool.summaries(
                assembly,
                lines.stream().map(CeremonyRecords.Pseudonym::respondent).toList());
        audit.record(
                AuditRecord.of(actor, assembly, "selection.ceremony-list-downloaded", "Ceremony " + ceremony.number()));
        return Optional.of(lines.stream()
                .map(line -> {
                    var summary = summaries.get(line.respondent());
                    return new PseudonymLine(
                            line.respondent(),
                            summary == null ? "" : summary.name(),
                            summary == null ? "" : summary.contact(),
                            line.pseudonym(),
                            line.panels());
                })
                .sorted(java.util.Comparator.comparing(PseudonymLine::name)) // as organisers go down a list of people
                .toList());
    }

    private List<Ceremony> all(AssemblyId assembly) {
        return records.all(assembly).stream().map(this::withStopped).toList();
    }

    /**
     * A lottery still "being computed" long after the engine's limit, and not queued or running on this node, was
     * stopped with its process.
     */
    private Ceremony withStopped(Ceremony c) {
        if (c.status() != Ceremony.Status.COMMITTING
                || runner.pending(c.id())
                || !c.startedAt().plus(runner.abandonedAfter()).isBefore(clock.instant())) {
            return c;
        }
        return new Ceremony(
                c.id(),
                c.number(),
                c.targets(),
                c.algorithm(),
                c.seed(),
                c.seedSource(),
                c.witnesses(),
                Ceremony.Status.FAILED,
                "selection.ceremony.abandoned",
                c.startedAt(),
                c.startedBy(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
