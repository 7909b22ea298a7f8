package org.minipublic.app.selection;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AfterCommit;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.sortition.Replacement;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the panel from the pool with the sortition engine. A draw is recorded before it runs (seed, targets version,
 * algorithm, witnesses), runs in the background and is stored whole when it ends, so that a page reload or a second
 * organiser sees the same draw, and a failed one can simply be run again.
 */
@Service
public class Draws {

    /** Seeds the app picks stay below a trillion, so that people can read them out and type them in. */
    static final long MAX_GENERATED_SEED = 1_000_000_000_000L;

    private final DrawRecords records;
    private final TargetRecords targets;
    private final Pool pool;
    private final DrawRunner runner;
    private final AlternateRecords alternates;
    private final AlternatesRunner choosing;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Draws(
            DrawRecords records,
            TargetRecords targets,
            Pool pool,
            DrawRunner runner,
            AlternateRecords alternates,
            AlternatesRunner choosing,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.targets = targets;
        this.pool = pool;
        this.runner = runner;
        this.alternates = alternates;
        this.choosing = choosing;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a draw with the current targets and the pool as it is now, and starts it in the background once the
     * record is committed.
     *
     * @throws InvalidInputException when there are no targets, the pool is smaller than the panel, or a draw of this
     *     assembly is still running
     */
    @Transactional
    public DrawId start(Actor actor, AssemblyId assembly, DrawSettings settings) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly);
        requireIdle(assembly);
        var start = prepare(assembly, settings);
        var id = DrawId.random();
        int number = records.nextNumber(assembly);
        records.insert(
                assembly,
                id,
                number,
                start.targets().id(),
                settings,
                start.seed(),
                start.seedSource(),
                clock.instant(),
                actor.label());
        audit.record(AuditRecord.of(actor, assembly, "selection.draw-started", "Draw " + number)
                .withChange(null, start.summary(settings.algorithm())));
        submitAfterCommit(new DrawRunner.Job(
                actor,
                assembly,
                id,
                number,
                start.problem(settings.algorithm()),
                start.input().leftOut()));
        return id;
    }

    /**
     * What a first draw, or a ceremony's commitment, starts from: the assembly's latest targets, the pool as the
     * engine reads it against them, and the seed, typed or picked here.
     */
    record Start(TargetSet targets, EngineInput input, long seed, String seedSource) {

        SelectionProblem problem(String algorithm) {
            return SelectionProblem.of(input.pool(), input.targets(), targets.panelSize(), seed)
                    .withAlgorithm(AlgorithmName.parse(algorithm));
        }

        /** The settings as the audit log records them. */
        String summary(String algorithm) {
            return algorithm + ", seed " + seed + ", targets version " + targets.version() + ", pool "
                    + input.pool().size();
        }
    }

    /**
     * Reads the latest targets and the pool and settles the seed; call with the targets locked.
     *
     * @throws InvalidInputException when there are no targets or the pool is smaller than the panel
     */
    Start prepare(AssemblyId assembly, DrawSettings settings) {
        var set = targets.latest(assembly)
                .orElseThrow(() -> new InvalidInputException("targets", "selection.draw.no-targets"));
        var input = EngineInput.of(pool.members(assembly), set);
        if (input.pool().size() < set.panelSize()) {
            throw new InvalidInputException(
                    "draw", "selection.draw.pool-too-small", input.pool().size(), set.panelSize());
        }
        return settings.seed() != null
                ? new Start(set, input, settings.seed(), "typed")
                : new Start(set, input, random.nextLong(MAX_GENERATED_SEED), "generated");
    }

    /**
     * Refuses to start anything while a draw of the assembly runs or its alternates are being chosen: each reads the
     * panel the other is about to change.
     *
     * @throws InvalidInputException when a draw runs or alternates are being chosen
     */
    void requireIdle(AssemblyId assembly) {
        if (records.all(assembly).stream().anyMatch(d -> d.status() == Draw.Status.RUNNING)) {
            throw new InvalidInputException("draw", "selection.draw.running");
        }
        if (choosing.choosingIn(assembly)) {
            throw new InvalidInputException("draw", "selection.alternates.busy");
        }
    }

    void submitAfterCommit(DrawRunner.Job job) {
        AfterCommit.run(() -> runner.submit(job));
    }

    /**
     * Records that a selected person will not take their seat. The seat is filled by the next replacement draw.
     *
     * @throws InvalidInputException when the person was not selected in this draw, or already withdrew
     */
    @Transactional
    public void withdraw(
            Actor actor, AssemblyId assembly, DrawId drawId, RespondentId respondent, Withdrawal.Reason reason) {
        requireWithdrawRight(actor, assembly, reason);
        var draw = records.find(assembly, drawId)
                .filter(Draw::done)
                .orElseThrow(() -> new InvalidInputException("respondent", "selection.withdraw.not-in-panel"));
        boolean selected = records.people(drawId).stream()
                .anyMatch(p -> p.selected() && p.respondent().equals(respondent));
        if (!selected) {
            throw new InvalidInputException("respondent", "selection.withdraw.not-in-panel");
        }
        if (records.withdrawals(List.of(drawId)).stream()
                .anyMatch(w -> w.respondent().equals(respondent))) {
            throw new InvalidInputException("respondent", "selection.withdraw.already");
        }
        records.withdraw(drawId, respondent, reason, clock.instant(), actor.label());
        audit.record(AuditRecord.of(
                        actor,
                        assembly,
                        "selection.member-withdrew",
                        "Respondent " + respondent + " (draw " + draw.number() + ")")
                .withChange(null, reason.name()));
    }

    /** A first draw's panel as it stands: everyone its draw and its replacement draws chose, less those who withdrew. */
    @Transactional(readOnly = true)
    public Panel panel(Actor actor, AssemblyId assembly, DrawId original) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        var family = family(assembly, original);
        var withdrawals = records.withdrawals(family.stream().map(Draw::id).toList());
        var withdrawn = withdrawals.stream().map(Withdrawal::respondent).collect(Collectors.toSet());
        var seated = new ArrayList<RespondentId>();
        family.stream().filter(Draw::done).forEach(draw -> records.people(draw.id()).stream()
                .filter(p -> p.selected() && !withdrawn.contains(p.respondent()))
                .forEach(p -> seated.add(p.respondent())));
        return new Panel(family, seated, withdrawals);
    }

    /**
     * Draws replacements for every open withdrawal from a first draw's panel: the same pool without anyone who
     * withdrew or shares a household with a seated member, against what the targets leave once the seated members
     * are counted, with the first draw's algorithm and a new seed.
     *
     * @throws InvalidInputException when the draw is not a finished first draw, nobody's seat is open, a draw is
     *     running, or a seated member has left the pool
     */
    @Transactional
    public DrawId startReplacement(Actor actor, AssemblyId assembly, DrawId originalId, DrawSettings settings) {
        return startReplacement(actor, assembly, originalId, settings, false);
    }

    /**
     * As {@link #startReplacement(Actor, AssemblyId, DrawId, DrawSettings)}, and when {@code fromAlternates} is set,
     * drawing the replacements from the panel's alternates ({@link DrawAlternates}) who have not been chosen since,
     * instead of from everyone left in the pool.
     *
     * @throws InvalidInputException also when no alternates were chosen, or fewer are left than seats are open
     */
    @Transactional
    public DrawId startReplacement(
            Actor actor, AssemblyId assembly, DrawId originalId, DrawSettings settings, boolean fromAlternates) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly);
        var original = records.find(assembly, originalId)
                .filter(d -> d.done() && d.replaces() == null)
                .orElseThrow(() -> new InvalidInputException("draw", "selection.replace.not-original"));
        requireIdle(assembly);
        var panel = panel(actor, assembly, originalId);
        var open = panel.withdrawals().stream().filter(Withdrawal::open).toList();
        if (open.isEmpty()) {
            throw new InvalidInputException("draw", "selection.replace.nothing-open");
        }
        var earlier = panel.withdrawals().stream()
                .filter(w -> !w.open())
                .map(Withdrawal::respondent)
                .collect(Collectors.toSet());
        var inFirstDraw =
                records.people(originalId).stream().map(DrawPerson::respondent).collect(Collectors.toSet());
        var set = targets.find(original.targets()).orElseThrow();
        var members = pool.members(assembly);
        var drawFrom = fromAlternates ? alternatesLeft(originalId, panel, open, members) : null;
        var input = EngineInput.of(
                members.stream()
                        .filter(m -> inFirstDraw.contains(m.id()) && !earlier.contains(m.id()))
                        .filter(m -> drawFrom == null || drawFrom.contains(m.id()))
                        .toList(),
                set);
        var inPool = new java.util.HashSet<>(input.respondents());
        if (!inPool.containsAll(panel.seated()) || !open.stream().allMatch(w -> inPool.contains(w.respondent()))) {
            throw new InvalidInputException("draw", "selection.replace.left-pool");
        }
        long seed = settings.seed() != null ? settings.seed() : random.nextLong(MAX_GENERATED_SEED);
        var first = SelectionProblem.of(input.pool(), input.targets(), set.panelSize(), seed)
                .withAlgorithm(AlgorithmName.parse(original.algorithm()));
        var problem = Replacement.problem(
                first,
                engineIds(panel.seated()),
                engineIds(open.stream().map(Withdrawal::respondent).toList()),
                seed);
        var id = DrawId.random();
        int number = records.nextNumber(assembly);
        records.insert(
                assembly,
                id,
                number,
                set.id(),
                new DrawSettings(original.algorithm(), seed, settings.witnesses()),
                seed,
                settings.seed() != null ? "typed" : "generated",
                clock.instant(),
                actor.label(),
                originalId,
                open.size(),
                fromAlternates);
        records.markReplaced(open, id);
        audit.record(AuditRecord.of(actor, assembly, "selection.replacement-started", "Draw " + number)
                .withChange(
                        null,
                        open.size() + " seat(s) of draw " + original.number() + ", seed " + seed
                                + (fromAlternates ? ", from the alternates" : "")));
        submitAfterCommit(new DrawRunner.Job(actor, assembly, id, number, problem, input.leftOut()));
        return id;
    }

    /**
     * Who a replacement draw from the alternates may consider: the seated members and the open withdrawals (the engine
     * counts their seats) and the alternates nobody has chosen since who are still in the pool and did not say no.
     */
    private java.util.Set<RespondentId> alternatesLeft(
            DrawId original, Panel panel, List<Withdrawal> open, List<PoolMember> members) {
        var choice = alternates
                .find(original)
                .orElseThrow(() -> new InvalidInputException("draw", "selection.replace.no-alternates"));
        var left = available(choice, original, panel, members);
        if (left.size() < open.size()) {
            throw new InvalidInputException("draw", "selection.replace.too-few-alternates", left.size(), open.size());
        }
        var drawFrom = new java.util.HashSet<>(panel.seated());
        panel.withdrawals().forEach(w -> drawFrom.add(w.respondent()));
        drawFrom.addAll(left);
        return drawFrom;
    }

    /**
     * How many of a first draw's alternates could still take a seat: not chosen since, still in the pool (someone who
     * left it after the choice is no longer there to be drawn) and not recorded as having said no.
     */
    @Transactional(readOnly = true)
    public int alternatesLeft(Actor actor, AssemblyId assembly, DrawId original, Panel panel) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return alternates
                .find(original)
                .map(choice -> available(choice, original, panel, pool.members(assembly))
                        .size())
                .orElse(0);
    }

    /** The one rule for who is left: not chosen since, still in the pool, and not recorded as having said no. */
    private List<RespondentId> available(
            AlternatesChoice choice, DrawId original, Panel panel, List<PoolMember> members) {
        var inPool = members.stream().map(PoolMember::id).collect(Collectors.toSet());
        var declined = alternates.declined(original);
        return choice.notChosen(panel).stream()
                .filter(p -> inPool.contains(p) && !declined.contains(p))
                .toList();
    }

    /** Whether this replacement draw chose from the first draw's alternates only. */
    @Transactional(readOnly = true)
    public boolean drawnFromAlternates(AssemblyId assembly, DrawId id) {
        return records.find(assembly, id).isPresent() && records.fromAlternates(id);
    }

    private static java.util.Set<org.minipublic.sortition.pool.RespondentId> engineIds(List<RespondentId> ids) {
        return ids.stream()
                .map(id -> new org.minipublic.sortition.pool.RespondentId(id.toString()))
                .collect(Collectors.toSet());
    }

    /** A first draw and its replacement draws, in order. */
    /**
     * Everyone the assembly's first finished draw and its replacement draws chose, in draw order, with their
     * withdrawal if any: the list the confirmation calls work through. Empty before that draw.
     */
    @Transactional(readOnly = true)
    public List<Seat> seats(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        var first = records.all(assembly).stream()
                .filter(d -> d.replaces() == null && d.done())
                .min(java.util.Comparator.comparingInt(Draw::number));
        if (first.isEmpty()) {
            return List.of();
        }
        var family = family(assembly, first.get().id());
        var withdrawals = records.withdrawals(family.stream().map(Draw::id).toList()).stream()
                .collect(Collectors.toMap(Withdrawal::respondent, Withdrawal::reason, (a, b) -> a));
        var seats = new ArrayList<Seat>();
        family.stream().filter(Draw::done).forEach(draw -> records.people(draw.id()).stream()
                .filter(DrawPerson::selected)
                .forEach(p -> seats.add(
                        new Seat(p.respondent(), draw.id(), draw.number(), withdrawals.get(p.respondent())))));
        return seats;
    }

    /** Organisers withdraw anyone; the people making confirmation calls may record that someone declined or was not
     * reached. */
    private void requireWithdrawRight(Actor actor, AssemblyId assembly, Withdrawal.Reason reason) {
        var user = actor.userId();
        if (reason != Withdrawal.Reason.LEFT
                && user != null
                && identity.hasPermission(user, assembly, Permission.CALL_PANEL)) {
            return;
        }
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
    }

    private List<Draw> family(AssemblyId assembly, DrawId original) {
        return records.all(assembly).stream()
                .filter(d -> d.id().equals(original) || original.equals(d.replaces()))
                .sorted(java.util.Comparator.comparingInt(Draw::number))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Draw> all(AssemblyId assembly) {
        return records.all(assembly);
    }

    @Transactional(readOnly = true)
    public Optional<Draw> find(AssemblyId assembly, DrawId id) {
        return records.find(assembly, id);
    }

    /**
     * The finished draws anyone may see: those of an assembly past planning (the stage where nothing is announced
     * yet), newest first. They carry figures only, never a person.
     */
    @Transactional(readOnly = true)
    public List<Draw> published(AssemblyId assembly) {
        return isPublic(assembly)
                ? records.all(assembly).stream().filter(Draw::done).toList()
                : List.of();
    }

    /** One finished draw anyone may see, as {@link #published}. */
    @Transactional(readOnly = true)
    public Optional<Draw> published(AssemblyId assembly, DrawId id) {
        return isPublic(assembly) ? records.find(assembly, id).filter(Draw::done) : Optional.empty();
    }

    /** Whether the public may see this assembly's draws: it exists and is past planning. */
    @Transactional(readOnly = true)
    public boolean isPublic(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .filter(a -> a.status() != AssemblyStatus.PLANNING)
                .isPresent();
    }

    /** Everyone in the draw's pool with their chance, selection and reserve place, for staff who may see them. */
    @Transactional(readOnly = true)
    public List<DrawPerson> people(Actor actor, AssemblyId assembly, DrawId id) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return records.find(assembly, id).map(d -> records.people(id)).orElse(List.of());
    }

    /** Registered, target and selected seats per value: no personal data, so anyone may see it. */
    @Transactional(readOnly = true)
    public List<CompositionRow> composition(AssemblyId assembly, DrawId id) {
        return records.find(assembly, id).map(d -> records.composition(id)).orElse(List.of());
    }

    /** The engine's draw record (JSON) of a finished draw: seeds, digests, chances by pseudonymous id, the panel. */
    @Transactional(readOnly = true)
    public Optional<String> record(Actor actor, AssemblyId assembly, DrawId id) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return records.find(assembly, id).flatMap(d -> records.record(id));
    }
}
