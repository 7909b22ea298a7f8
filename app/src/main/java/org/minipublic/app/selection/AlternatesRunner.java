package org.minipublic.app.selection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AfterCommit;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Heartbeat;
import org.minipublic.app.shared.Heartbeats;
import org.minipublic.sortition.Alternates;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Targets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses alternates on a thread of its own, one panel at a time, and stores the choice whole in one transaction.
 * Which panels are being worked on is in the database ({@link AlternateRuns}), so every node knows; the node making a
 * choice keeps its heartbeat fresh, and a choice whose process stopped is marked failed by any node's sweep (see
 * {@link Heartbeat}), after which the organiser asks again.
 */
@Component
class AlternatesRunner {

    private static final Logger log = LoggerFactory.getLogger(AlternatesRunner.class);

    /** Dropout scenarios sampled to choose, and as many fresh ones to score the choice (as the CLI's default). */
    static final int SCENARIOS = 100;

    /**
     * One choice to make.
     *
     * @param panel the members seated now
     * @param openSeats seats left open by withdrawals and not filled yet
     * @param candidates who may become an alternate, in the reserve list's order
     * @param seed the first draw's seed, from which the dropout scenarios are sampled
     */
    record Job(
            AlternateRuns.Run run,
            Actor actor,
            AssemblyId assembly,
            DrawId draw,
            int number,
            Targets targets,
            List<Respondent> panel,
            int openSeats,
            List<Respondent> candidates,
            StayRateEstimate rates,
            int budget,
            long seed) {}

    private final AlternateRecords records;
    private final AlternateRuns runs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeLimit;
    private final Heartbeat<AlternateRuns.Run> heartbeat;
    private final ExecutorService executor = SingleThread.named("alternates");

    AlternatesRunner(
            AlternateRecords records,
            AlternateRuns runs,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${minipublic.selection.alternates-time-limit:PT1M}") Duration timeLimit,
            Heartbeats heartbeats) {
        this.records = records;
        this.runs = runs;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.heartbeat = heartbeats.start("alternates", "minipublic.selection", runs::beat, this::sweep);
    }

    /**
     * Marks the draw as being worked on, in the request's transaction, so that a second request for the same assembly
     * (which waits on the same lock) or another node finds it busy; nothing is marked if the request does not commit.
     *
     * @return false when it already is
     */
    boolean claim(AlternateRuns.Run run, Actor actor) {
        return runs.claim(run, clock.instant(), actor.label());
    }

    /** Runs a claimed job, once the transaction that claimed it has committed. */
    void submitAfterCommit(Job job) {
        AfterCommit.run(() -> {
            heartbeat.running(job.run());
            executor.execute(() -> runAndRecord(job));
        });
    }

    private void runAndRecord(Job job) {
        try {
            run(job);
        } catch (RuntimeException e) {
            // the class only: a message may quote people's values
            log.error(
                    "Choosing alternates for draw {} failed: {}",
                    job.draw(),
                    e.getClass().getName());
            failed(job);
        } catch (Error e) {
            failed(job);
            throw e;
        } finally {
            heartbeat.ended(job.run());
        }
    }

    private void failed(Job job) {
        try {
            transaction.executeWithoutResult(status -> {
                if (runs.fail(job.run(), AlternateRuns.Failure.FAILED)) { // else swept as abandoned already
                    audit.record(AuditRecord.of(
                            job.actor(), job.assembly(), "selection.alternates-failed", "Draw " + job.number()));
                }
            });
        } catch (RuntimeException e) {
            // the heartbeat stops with this job, so a sweep marks the choice failed later
            log.warn("Recording that draw {}'s alternates failed did not succeed", job.draw());
        }
    }

    /** Whether this node has the claim's job queued or running. */
    boolean runningHere(AlternateRuns.Run run) {
        return heartbeat.beating(run);
    }

    /** Whether a choice of alternates is running for the draw, on any node. */
    boolean choosing(DrawId draw) {
        return runs.running(draw);
    }

    /** Whether a choice of alternates is running for any panel of the assembly, on any node. */
    boolean choosingIn(AssemblyId assembly) {
        return runs.runningIn(assembly);
    }

    /** Why the last choice for the draw failed, until the next one starts. */
    Optional<AlternateRuns.Failure> failure(DrawId draw) {
        return runs.failure(draw);
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** @return the choices marked failed because their process stopped, each audited */
    List<AlternateRuns.Abandoned> sweep() {
        var abandoned = transaction.execute(status -> {
            var found = runs.failAbandoned(heartbeat.timing().abandonedAfter());
            found.forEach(run -> audit.record(AuditRecord.of(
                            Actor.system(), run.assembly(), "selection.alternates-failed", "Draw " + run.number())
                    .withChange(null, heartbeat.stoppedNote())));
            return found;
        });
        return abandoned == null ? List.of() : abandoned;
    }

    static String ratesLabel(StayRateEstimate rates) {
        return rates.uniform() ? "one stay rate for everyone" : "stay rates by " + rates.category();
    }

    private void run(Job job) {
        long started = System.nanoTime();
        var choice = Alternates.choose(
                job.targets(),
                job.panel(),
                job.openSeats(),
                job.candidates(),
                job.rates().rates(job.targets()),
                job.budget(),
                SCENARIOS,
                job.seed(),
                timeLimit.toMillis() / 1000.0);
        var alternates = choice.alternates().stream()
                .map(r -> RespondentId.valueOf(r.id().value()))
                .toList();
        boolean stored = stored(job, choice, alternates);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (stored) {
            log.info("Draw {}: alternates chosen in {} ms", job.draw(), millis);
        } else {
            log.warn(
                    "Draw {}: alternates chosen in {} ms after the choice counted as abandoned; not stored",
                    job.draw(),
                    millis);
        }
    }

    /** Stores the choice with its audit line, unless its claim was swept meanwhile; whether it was stored. */
    private boolean stored(Job job, Alternates.Choice choice, List<RespondentId> alternates) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!runs.finish(job.run())) { // swept as abandoned meanwhile: its page says nothing was stored
                return false;
            }
            records.save(new AlternatesChoice(
                    job.draw(),
                    records.nextNumber(job.draw()),
                    clock.instant(),
                    job.actor().label(),
                    job.budget(),
                    choice.scenarios(),
                    job.rates(),
                    alternates,
                    choice.expectedDeviation(),
                    choice.reserveListDeviation(),
                    choice.withoutAlternates(),
                    choice.optimal()));
            audit.record(
                    AuditRecord.of(job.actor(), job.assembly(), "selection.alternates-chosen", "Draw " + job.number())
                            .withChange(
                                    null,
                                    alternates.size() + " alternate(s), stay rates by "
                                            + job.rates().category()
                                            + String.format(
                                                    java.util.Locale.ROOT,
                                                    ", expected deviation %.3f (reserve list %.3f, none %.3f)",
                                                    choice.expectedDeviation(),
                                                    choice.reserveListDeviation(),
                                                    choice.withoutAlternates())));
            return true;
        }));
    }
}
