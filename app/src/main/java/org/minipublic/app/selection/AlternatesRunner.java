package org.minipublic.app.selection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
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
 * Which panels are being worked on is known to this node only: a choice cut short by a stopped process leaves nothing
 * stored, and the organiser simply asks again.
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
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeLimit;
    /** The panels being worked on, from the request that asked until the choice is stored or has failed. */
    private final Map<DrawId, AssemblyId> choosing = new ConcurrentHashMap<>();

    private final Map<DrawId, Boolean> failed = new ConcurrentHashMap<>();
    private final ExecutorService executor = SingleThread.named("alternates");

    AlternatesRunner(
            AlternateRecords records,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${minipublic.selection.alternates-time-limit:PT1M}") Duration timeLimit) {
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.timeLimit = timeLimit;
    }

    /**
     * Marks the draw as being worked on, before the request's transaction commits, so that a second request for the
     * same assembly (which waits on the same lock) finds it busy.
     *
     * @return false when it already is
     */
    boolean claim(AssemblyId assembly, DrawId draw) {
        return choosing.putIfAbsent(draw, assembly) == null;
    }

    /** Gives a claim back when the request that made it did not commit. */
    void release(DrawId draw) {
        choosing.remove(draw);
    }

    /** Runs a claimed job. */
    void submit(Job job) {
        failed.remove(job.draw());
        executor.execute(() -> {
            try {
                run(job);
            } catch (RuntimeException e) {
                // the class only: a message may quote people's values
                log.error(
                        "Choosing alternates for draw {} failed: {}",
                        job.draw(),
                        e.getClass().getName());
                failed.put(job.draw(), true);
            } catch (Error e) {
                failed.put(job.draw(), true);
                throw e;
            } finally {
                choosing.remove(job.draw());
            }
        });
    }

    /** Whether this node is choosing alternates for the draw now. */
    boolean choosing(DrawId draw) {
        return choosing.containsKey(draw);
    }

    /** Whether this node is choosing alternates for any panel of the assembly now. */
    boolean choosingIn(AssemblyId assembly) {
        return choosing.containsValue(assembly);
    }

    /** Whether this node's last attempt for the draw failed (until the next attempt). */
    boolean failed(DrawId draw) {
        return failed.containsKey(draw);
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
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
        transaction.executeWithoutResult(status -> {
            records.save(new AlternatesChoice(
                    job.draw(),
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
        });
        log.info("Draw {}: alternates chosen in {} ms", job.draw(), (System.nanoTime() - started) / 1_000_000);
    }
}
