package org.minipublic.app.selection;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.sortition.pool.Respondent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dropout-aware alternates for a first draw's panel (the engine's {@link org.minipublic.sortition.Alternates}): once
 * the confirmation calls have recorded some withdrawals, the organiser asks for at most B people from the reserve
 * list to hold back, chosen so that after further dropouts the panel stays as close to its targets as it can. The stay
 * rates come from the panel's own withdrawals ({@link StayRateEstimate}); the choice runs in the background.
 */
@Service
public class DrawAlternates {

    /** At most this many alternates: a handful is the practice, and the engine's program grows with the budget. */
    public static final int MAX_BUDGET = 20;

    /** Withdrawals needed before the chances of staying are told apart by group. */
    public static final int MIN_WITHDRAWALS = StayRateEstimate.MIN_WITHDRAWALS;

    private final DrawRecords draws;
    private final TargetRecords targets;
    private final AlternateRecords records;
    private final AlternatesRunner runner;
    private final Pool pool;
    private final Identity identity;
    private final AuditLog audit;

    DrawAlternates(
            DrawRecords draws,
            TargetRecords targets,
            AlternateRecords records,
            AlternatesRunner runner,
            Pool pool,
            Identity identity,
            AuditLog audit) {
        this.draws = draws;
        this.targets = targets;
        this.records = records;
        this.runner = runner;
        this.pool = pool;
        this.identity = identity;
        this.audit = audit;
    }

    /**
     * Starts choosing at most {@code budget} alternates for the panel of a finished first draw, once this transaction
     * commits; a new choice is shown instead of the earlier ones, which are kept.
     *
     * @throws InvalidInputException when the draw is not a finished first draw, a draw or a choice for it is running,
     *     nobody has withdrawn yet, a seated member has left the pool, or the budget is not between 1 and the number
     *     of people who could be alternates (at most {@value #MAX_BUDGET})
     */
    @Transactional
    public void choose(Actor actor, AssemblyId assembly, DrawId original, int budget) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        targets.lock(assembly); // as draws do: one draw or choice of alternates at a time per assembly
        var first = draws.find(assembly, original)
                .filter(d -> d.done() && d.replaces() == null)
                .orElseThrow(() -> new InvalidInputException("budget", "selection.alternates.not-original"));
        var all = draws.all(assembly);
        if (all.stream().anyMatch(d -> d.status() == Draw.Status.RUNNING) || runner.choosingIn(assembly)) {
            throw new InvalidInputException("budget", "selection.alternates.busy");
        }
        var job = job(actor, assembly, first, all, budget);
        if (!runner.claim(job.run(), actor)) {
            throw new InvalidInputException("budget", "selection.alternates.busy");
        }
        runner.submitAfterCommit(job);
        audit.record(AuditRecord.of(actor, assembly, "selection.alternates-started", "Draw " + first.number())
                .withChange(
                        null,
                        "at most " + budget + " alternate(s), " + job.openSeats() + " open seat(s), "
                                + AlternatesRunner.ratesLabel(job.rates())));
    }

    /**
     * What the engine is given: the panel as it stands, its open seats, the candidates in the reserve list's order and
     * the stay rates from the withdrawals.
     */
    private AlternatesRunner.Job job(Actor actor, AssemblyId assembly, Draw first, List<Draw> all, int budget) {
        var original = first.id();
        var family = all.stream()
                .filter(d -> d.done() && (d.id().equals(original) || original.equals(d.replaces())))
                .map(Draw::id)
                .toList();
        var people = draws.people(original);
        var inFirstDraw = people.stream().map(DrawPerson::respondent).collect(Collectors.toSet());
        var set = targets.find(first.targets()).orElseThrow();
        var input = EngineInput.of(
                pool.members(assembly).stream()
                        .filter(m -> inFirstDraw.contains(m.id()))
                        .toList(),
                set);
        Map<RespondentId, Respondent> byId = new HashMap<>();
        for (int i = 0; i < input.respondents().size(); i++) {
            byId.put(input.respondents().get(i), input.pool().respondents().get(i));
        }
        var chosen = family.stream()
                .flatMap(id -> draws.people(id).stream().filter(DrawPerson::selected))
                .map(DrawPerson::respondent)
                .toList();
        var withdrawals = draws.withdrawals(family);
        var withdrew = withdrawals.stream().map(Withdrawal::respondent).collect(Collectors.toSet());
        var seatedIds = chosen.stream().filter(id -> !withdrew.contains(id)).toList();
        if (!byId.keySet().containsAll(seatedIds)) {
            throw new InvalidInputException("budget", "selection.alternates.left-pool");
        }
        // someone who withdrew and has left the pool since counts with no values: they are left out of the estimate
        var known = chosen.stream().filter(byId::containsKey).map(byId::get).toList();
        var withdrewKnown = withdrew.stream()
                .filter(byId::containsKey)
                .map(byId::get)
                .map(Respondent::id)
                .collect(Collectors.toSet());
        var rates = StayRateEstimate.of(input.targets(), known, withdrewKnown)
                .orElseThrow(() -> new InvalidInputException("budget", "selection.alternates.no-withdrawals"));
        var seated = seatedIds.stream().map(byId::get).toList();
        int openSeats = (int) withdrawals.stream().filter(Withdrawal::open).count();
        var leftOut = new HashSet<>(chosen);
        leftOut.addAll(records.declined(original)); // a "no" stands when alternates are chosen again
        var candidates = candidates(people, byId, leftOut, seated);
        int most = Math.min(MAX_BUDGET, candidates.size());
        if (most == 0) {
            throw new InvalidInputException("budget", "selection.alternates.no-candidates");
        }
        if (budget < 1 || budget > most) {
            throw new InvalidInputException("budget", "selection.alternates.budget.invalid", most);
        }
        return new AlternatesRunner.Job(
                new AlternateRuns.Run(original, java.util.UUID.randomUUID()),
                actor,
                assembly,
                original,
                first.number(),
                input.targets(),
                seated,
                openSeats,
                candidates,
                rates,
                budget,
                first.seed());
    }

    /**
     * The first draw's reserve list, in order, without anyone chosen since (seated or withdrawn) or who said no when
     * asked to stand in ({@code leftOut}), anyone sharing a seated member's household, or anyone who has left the pool.
     */
    private static List<Respondent> candidates(
            List<DrawPerson> people,
            Map<RespondentId, Respondent> byId,
            Set<RespondentId> leftOut,
            List<Respondent> seated) {
        var households = seated.stream()
                .map(Respondent::household)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return people.stream()
                .filter(p -> p.reserveRank() != null && !leftOut.contains(p.respondent()))
                .sorted(Comparator.comparing(DrawPerson::reserveRank))
                .map(p -> byId.get(p.respondent()))
                .filter(r -> r != null && !households.contains(r.household()))
                .toList();
    }

    /** The draw's newest choice of alternates, for staff who may see who was drawn. */
    @Transactional(readOnly = true)
    public Optional<AlternatesChoice> find(Actor actor, AssemblyId assembly, DrawId draw) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return draws.find(assembly, draw).flatMap(d -> records.find(draw));
    }

    /** Every choice of alternates made for the draw, oldest first; the last is the one in use. */
    @Transactional(readOnly = true)
    public List<AlternatesChoice> all(Actor actor, AssemblyId assembly, DrawId draw) {
        identity.require(actor, assembly, Permission.VIEW_SELECTION);
        return draws.find(assembly, draw).map(d -> records.all(draw)).orElse(List.of());
    }

    /** Whether alternates are being chosen for the draw now, on any node. */
    public boolean choosing(DrawId draw) {
        return runner.choosing(draw);
    }

    /**
     * Why the last attempt to choose alternates for the draw failed, until the next attempt: {@code "failed"}, or
     * {@code "abandoned"} when the process making it stopped.
     */
    public Optional<String> failure(DrawId draw) {
        return runner.failure(draw).map(f -> f.name().toLowerCase(java.util.Locale.ROOT));
    }
}
