package org.minipublic.app.selection;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.targets = targets;
        this.pool = pool;
        this.runner = runner;
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
        var set = targets.latest(assembly)
                .orElseThrow(() -> new InvalidInputException("targets", "selection.draw.no-targets"));
        if (records.all(assembly).stream().anyMatch(d -> d.status() == Draw.Status.RUNNING)) {
            throw new InvalidInputException("draw", "selection.draw.running");
        }
        var input = EngineInput.of(pool.members(assembly), set);
        if (input.pool().size() < set.panelSize()) {
            throw new InvalidInputException(
                    "draw", "selection.draw.pool-too-small", input.pool().size(), set.panelSize());
        }
        long seed = settings.seed() != null ? settings.seed() : random.nextLong(MAX_GENERATED_SEED);
        var id = DrawId.random();
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
        audit.record(AuditRecord.of(actor, assembly, "selection.draw-started", "Draw " + number)
                .withChange(
                        null,
                        settings.algorithm() + ", seed " + seed + ", targets version " + set.version() + ", pool "
                                + input.pool().size()));
        var job = new DrawRunner.Job(actor, assembly, id, number, input, set.panelSize(), settings.algorithm(), seed);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.submit(job);
            }
        });
        return id;
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
