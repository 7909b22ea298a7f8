package org.minipublic.app.selection;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.sortition.InfeasibleTargetsException;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.Reserves;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.SelectionInterruptedException;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.counting.OutOfReachException;
import org.minipublic.sortition.feasibility.TargetChange;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.report.DrawRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs draws one at a time on a thread of their own, so that pages stay quick while the engine works, and writes the
 * engine's progress for the draw's page to show. A draw either stores its whole result in one transaction or is
 * marked failed with the reason; nothing half-stored remains.
 */
@Component
class DrawRunner {

    private static final Logger log = LoggerFactory.getLogger(DrawRunner.class);

    /** Progress is written at most this often, as the engine reports many steps a second on small pools. */
    private static final long PROGRESS_EVERY_MILLIS = 500;

    /**
     * One draw to run.
     *
     * @param problem what the engine gets; respondent ids in its pool are the app's respondent ids
     * @param leftOut respondents of the pool left out for want of a value, to report
     */
    record Job(
            Actor actor,
            AssemblyId assembly,
            DrawId draw,
            int number,
            SelectionProblem problem,
            int leftOut,
            @Nullable Committed committed) {

        Job(Actor actor, AssemblyId assembly, DrawId draw, int number, SelectionProblem problem, int leftOut) {
            this(actor, assembly, draw, number, problem, leftOut, null);
        }
    }

    /**
     * For the draw a ceremony's reveal started: the SHA-256 committed to and the pseudonyms it used, so that the draw
     * is stored only if its lottery is the one committed to.
     */
    record Committed(String sha256, Map<org.minipublic.sortition.pool.RespondentId, String> pseudonyms) {}

    private final DrawRecords records;
    private final DrawInputs inputs;
    private final DrawWatch watch;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeLimit;
    private final ExecutorService executor = SingleThread.named("draws");

    DrawRunner(
            DrawRecords records,
            DrawInputs inputs,
            DrawWatch watch,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${minipublic.selection.time-limit:PT10M}") Duration timeLimit) {
        this.records = records;
        this.inputs = inputs;
        this.watch = watch;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.timeLimit = timeLimit;
    }

    void submit(Job job) {
        watch.running(job.draw());
        executor.execute(() -> {
            try {
                run(job);
            } finally {
                watch.ended(job.draw());
            }
        });
    }

    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        shutdown();
    }

    private void run(Job job) {
        try {
            var problem = job.problem();
            long started = System.nanoTime();
            var result = PanelSelector.select(
                    problem,
                    SelectionOptions.DEFAULT.withProgress(progress(job)).withTimeLimit(timeLimit));
            long solved = System.nanoTime();
            if (job.committed() != null && !result.completion().finished()) {
                fail(job, "selection.ceremony.draw-unfinished"); // cut short by the clock: may simply be run again
                return;
            }
            if (job.committed() != null && !matches(job.committed(), result)) {
                fail(job, "selection.ceremony.mismatch");
                return;
            }
            transaction.executeWithoutResult(status -> {
                if (!store(job, result)) {
                    status.setRollbackOnly();
                    log.warn("Draw {} ended after it was marked abandoned: its result is not stored", job.draw());
                }
            });
            log.info(
                    "Draw {}: engine {} ms, storing the result {} ms",
                    job.draw(),
                    (solved - started) / 1_000_000,
                    (System.nanoTime() - solved) / 1_000_000);
        } catch (InfeasibleTargetsException e) {
            fail(job, infeasible(e));
        } catch (SelectionFailedException e) {
            if (e.getCause() instanceof OutOfReachException) {
                // said in the organiser's language, with what to do
                fail(
                        job,
                        job.problem().algorithm() == org.minipublic.sortition.algorithm.AlgorithmName.MAXENTROPY
                                ? "selection.draw.maxentropy-out-of-reach"
                                : "selection.draw.uniform-out-of-reach");
                return;
            }
            fail(job, java.util.Objects.requireNonNullElse(e.getMessage(), "selection.draw.failed-unexpectedly"));
        } catch (SelectionInterruptedException e) {
            fail(job, DrawWatch.ABANDONED);
        } catch (RuntimeException e) {
            // the class only: an engine message may quote input values
            log.error("Draw {} failed: {}", job.draw(), e.getClass().getName());
            fail(job, "selection.draw.failed-unexpectedly");
        }
    }

    private static boolean matches(Committed committed, SelectionResult result) {
        return Commitment.of(result, committed.pseudonyms()).sha256().equals(committed.sha256());
    }

    private org.minipublic.sortition.ProgressListener progress(Job job) {
        long[] last = {0};
        return message -> {
            long now = System.currentTimeMillis();
            if (now - last[0] >= PROGRESS_EVERY_MILLIS) {
                last[0] = now;
                records.progress(job.draw(), message);
            }
        };
    }

    private boolean store(Job job, SelectionResult result) {
        var pool = job.problem().pool();
        var people = people(pool, result);
        // how the app presents its pool to the engine, for the draw record: ids and households, no other columns
        String record =
                DrawRecord.of(result, VerificationFiles.settings(job.problem().targets()));
        var report = result.report();
        boolean stillRunning = records.complete(
                job.draw(),
                new DrawRecords.Outcome(
                        pool.size(),
                        job.leftOut(),
                        report.smallestChance(),
                        report.largestChance(),
                        result.completion().finished(),
                        org.minipublic.sortition.report.InputDigest.of(
                                job.problem().targets()),
                        org.minipublic.sortition.report.InputDigest.of(pool),
                        org.minipublic.sortition.EngineVersion.current(),
                        record),
                people,
                clock.instant());
        if (!stillRunning) {
            return false;
        }
        records.insertValues(job.draw(), report.values());
        inputs.insert(job.draw(), VerificationFiles.of(job.problem()));
        audit.record(AuditRecord.of(job.actor(), job.assembly(), "selection.draw-done", "Draw " + job.number())
                .withChange(
                        null,
                        "panel of " + result.panel().size() + ", smallest chance "
                                + String.format(java.util.Locale.ROOT, "%.4f", report.smallestChance())));
        return true;
    }

    /** Everyone in the pool, in pool order, with their chance, whether chosen and their place on the reserve list. */
    private static List<DrawPerson> people(Pool pool, SelectionResult result) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < pool.size(); i++) {
            positions.put(pool.get(i).id().value(), i);
        }
        var selected = new HashSet<Integer>();
        result.panel().forEach(r -> selected.add(positions.get(r.id().value())));
        var ranks = new HashMap<Integer, Integer>();
        var reserves = Reserves.ranked(result);
        for (int rank = 0; rank < reserves.size(); rank++) {
            ranks.put(positions.get(reserves.get(rank).id().value()), rank + 1);
        }
        var people = new ArrayList<DrawPerson>();
        for (int i = 0; i < pool.size(); i++) {
            people.add(new DrawPerson(
                    i,
                    RespondentId.valueOf(pool.get(i).id().value()),
                    result.chances()[i],
                    selected.contains(i),
                    ranks.get(i)));
        }
        return people;
    }

    private void fail(Job job, String failure) {
        transaction.executeWithoutResult(status -> {
            if (!records.fail(job.draw(), failure, clock.instant())) {
                return;
            }
            records.reopenWithdrawals(job.draw());
            audit.record(AuditRecord.of(job.actor(), job.assembly(), "selection.draw-failed", "Draw " + job.number()));
        });
    }

    /** The engine's explanation in plain words, with the smallest change to the targets that would make them work. */
    static String infeasible(InfeasibleTargetsException e) {
        var feasibility = e.feasibility();
        var lines = new ArrayList<>(feasibility.problems());
        feasibility.relaxation().stream().map(TargetChange::describe).forEach(lines::add);
        return lines.isEmpty() ? "selection.draw.infeasible" : String.join("\n", lines);
    }
}
