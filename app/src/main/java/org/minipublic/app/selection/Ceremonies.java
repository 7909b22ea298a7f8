package org.minipublic.app.selection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draw ceremonies (docs/selection.md, "A draw ceremony in the application"): the lottery is computed and committed to
 * first, its SHA-256 published, and each respondent can be told their pseudonym; the digits drawn in public,
 * the panel number and the draw are {@link CeremonyReveals}'. Also the ceremonies' lists, the public view and the
 * private list of pseudonyms.
 */
@Service
public class Ceremonies {

    /** One line of the private list, with the name and contact the organisers need to tell each person theirs. */
    public record PseudonymLine(
            RespondentId respondent, String name, String contact, String pseudonym, String panels) {}

    private final CeremonyRecords records;
    private final CeremonyRunner runner;
    private final Draws drawing;
    private final TargetRecords targets;
    private final Pool pool;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Ceremonies(
            CeremonyRecords records,
            CeremonyRunner runner,
            Draws drawing,
            TargetRecords targets,
            Pool pool,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.runner = runner;
        this.drawing = drawing;
        this.targets = targets;
        this.pool = pool;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a ceremony with the current targets and pool and starts computing its lottery once the record is
     * committed.
     *
     * @throws InvalidInputException when the algorithm has no lottery to commit to, there are no targets, the pool is
     *     smaller than the panel, or another ceremony's lottery is being computed or waits for its digits (cancel it
     *     first)
     */
    @Transactional
    public CeremonyId commit(Actor actor, AssemblyId assembly, DrawSettings settings) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        if (List.of("uniform", "maxentropy", "legacy").contains(settings.algorithm())) {
            throw new InvalidInputException("algorithm", "selection.ceremony.algorithm");
        }
        targets.lock(assembly);
        if (all(assembly).stream().anyMatch(c -> c.status() == Ceremony.Status.COMMITTING)) {
            throw new InvalidInputException("draw", "selection.ceremony.busy");
        }
        // Two lotteries waiting at once would let organisers reveal whichever gives the panel they prefer.
        var waiting = records.newestWaiting(assembly, false);
        if (waiting.isPresent()) {
            throw new InvalidInputException(
                    "draw", "selection.ceremony.waiting-exists", waiting.get().number());
        }
        var start = drawing.prepare(assembly, settings);
        var id = CeremonyId.random();
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
        audit.record(AuditRecord.of(actor, assembly, "selection.ceremony-started", "Ceremony " + number)
                .withChange(null, start.summary(settings.algorithm())));
        var problem = start.problem(settings.algorithm());
        var job = new CeremonyRunner.Job(actor, assembly, id, number, problem);
        AfterCommit.run(() -> runner.submit(job));
        return id;
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
        return records.find(assembly, id);
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
        return drawing.isPublic(assembly) ? records.find(assembly, id).filter(Ceremony::published) : Optional.empty();
    }

    /** A ceremony as the assembly's public page links it. */
    public record Published(CeremonyId id, int number, Ceremony.Status status) {

        public boolean revealed() {
            return status == Ceremony.Status.REVEALED;
        }

        public boolean cancelled() {
            return status == Ceremony.Status.CANCELLED;
        }
    }

    /**
     * The newest ceremony anyone may see (committed, revealed or cancelled) once the assembly is past planning, for the
     * public front page: while it waits for its digits, its commitment must be there for people to read before the
     * draw, and a cancelled one stays linked, with its reason, until a newer one is published. Read without the
     * commitment, as the page is open to anyone and asked for often.
     */
    @Transactional(readOnly = true)
    public Optional<Published> newestPublished(AssemblyId assembly) {
        return drawing.isPublic(assembly) ? records.newestPublished(assembly) : Optional.empty();
    }

    /**
     * The ceremony waiting for its digits and each respondent's line of its private list.
     *
     * @param number the ceremony's number within the assembly
     * @param lines per respondent: their pseudonym and the panel numbers that include them (blank: none)
     */
    public record Waiting(int number, Map<RespondentId, CeremonyLine> lines) {

        public Waiting {
            lines = Map.copyOf(lines);
        }
    }

    /** One respondent's pseudonym and the panel numbers (space-separated) of the committed lottery that include them. */
    public record CeremonyLine(String pseudonym, String panels) {}

    /**
     * The newest ceremony waiting for its digits, with every respondent's line, for a mailing's preview (messaging).
     */
    @Transactional(readOnly = true)
    public Optional<Waiting> waiting(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return records.newestWaiting(assembly, false).map(this::withLines);
    }

    /**
     * The same, for a mailing that sends or prints the lines: the ceremony stays locked until the caller's transaction
     * ends, so a cancel started meanwhile waits until the lines are out, and one that committed first leaves none
     * waiting. Nobody is sent the pseudonyms of a ceremony already called off.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Waiting> waitingWhileSending(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return records.newestWaiting(assembly, true).map(this::withLines);
    }

    private Waiting withLines(CeremonyRecords.Waiting ceremony) {
        return new Waiting(
                ceremony.number(),
                records.pseudonyms(ceremony.id()).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                CeremonyRecords.Pseudonym::respondent,
                                line -> new CeremonyLine(line.pseudonym(), line.panels()))));
    }

    /** The longest reason for cancelling a ceremony: a few sentences, shown on its public page. */
    public static final int MAX_CANCEL_REASON = 1000;

    /**
     * Calls off a ceremony that is waiting for its digits: no panel number will be drawn with its lottery. Its
     * commitment stays public, with the reason, since people may have read it and should see that it was not used.
     *
     * @throws InvalidInputException when the reason is empty or too long, or the ceremony is not waiting for digits
     */
    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, CeremonyId id, String reason) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        String given = reason.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException("reason", "selection.ceremony.cancel.reason.required");
        }
        if (given.length() > MAX_CANCEL_REASON) {
            throw new InvalidInputException("reason", "selection.ceremony.cancel.reason.too-long", MAX_CANCEL_REASON);
        }
        targets.lock(assembly); // as a reveal does: one of the two wins, the other is refused
        var ceremony = records.find(assembly, id)
                .filter(Ceremony::committed)
                .orElseThrow(() -> new InvalidInputException("reason", "selection.ceremony.cancel.not-waiting"));
        if (!records.cancelled(id, clock.instant(), actor.label(), given)) {
            throw new InvalidInputException("reason", "selection.ceremony.cancel.not-waiting");
        }
        audit.record(AuditRecord.of(actor, assembly, "selection.ceremony-cancelled", "Ceremony " + ceremony.number())
                .withChange(null, "cancelled: " + given));
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
        return records.all(assembly);
    }
}
