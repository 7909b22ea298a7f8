package org.minipublic.app.selection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Heartbeat;
import org.minipublic.app.shared.Heartbeats;
import org.minipublic.sortition.InfeasibleTargetsException;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.ceremony.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes a ceremony's lottery on a thread of its own, gives everyone in the pool a pseudonym, and stores the
 * commitment with the private list in one transaction. The key the pseudonyms are made with is never stored: the list
 * is the only link between a pseudonym and a person. While it computes, it keeps the ceremony's heartbeat, and every
 * node marks failed a ceremony whose heartbeat stopped (see {@link Heartbeat}).
 */
@Component
class CeremonyRunner {

    private static final Logger log = LoggerFactory.getLogger(CeremonyRunner.class);

    /** One ceremony to commit; respondent ids in the problem's pool are the app's respondent ids. */
    record Job(Actor actor, AssemblyId assembly, CeremonyId ceremony, int number, SelectionProblem problem) {}

    private final CeremonyRecords records;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeLimit;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService executor = SingleThread.named("ceremonies");
    private final Heartbeat<CeremonyId> heartbeat;

    CeremonyRunner(
            CeremonyRecords records,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${minipublic.selection.time-limit:PT10M}") Duration timeLimit,
            Heartbeats heartbeats) {
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.heartbeat = heartbeats.start("ceremonies", "minipublic.selection", records::beat, this::sweep);
    }

    /** From the ceremony being queued on this node until its lottery is stored or has failed, its heartbeat is kept. */
    void submit(Job job) {
        heartbeat.running(job.ceremony());
        executor.execute(() -> {
            try {
                run(job);
            } finally {
                heartbeat.ended(job.ceremony());
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** @return the ceremonies marked failed because the process computing their lottery stopped, each audited */
    List<CeremonyRecords.Abandoned> sweep() {
        var abandoned = transaction.execute(status -> {
            var found = records.failAbandoned(
                    "selection.ceremony.abandoned", heartbeat.timing().abandonedAfter());
            found.forEach(c -> audit.record(
                    AuditRecord.of(Actor.system(), c.assembly(), "selection.ceremony-failed", "Ceremony " + c.number())
                            .withChange(null, heartbeat.stoppedNote())));
            return found;
        });
        return abandoned == null ? List.of() : abandoned;
    }

    private void run(Job job) {
        try {
            var result = PanelSelector.select(job.problem(), SelectionOptions.DEFAULT.withTimeLimit(timeLimit));
            if (!result.completion().finished()) {
                // a lottery cut short by the clock may come out differently when the draw recomputes it
                fail(job, "selection.ceremony.unfinished");
                return;
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            var pseudonyms = Pseudonyms.of(job.problem().pool(), key);
            var commitment = Commitment.of(result, pseudonyms);
            transaction.executeWithoutResult(status -> store(job, commitment, pseudonyms));
        } catch (InfeasibleTargetsException e) {
            fail(job, DrawRunner.infeasible(e));
        } catch (RuntimeException e) {
            // the class only: an engine message may quote input values
            log.error("Ceremony {} failed: {}", job.ceremony(), e.getClass().getName());
            fail(job, "selection.ceremony.failed-unexpectedly");
        }
    }

    private void store(Job job, Commitment commitment, Map<org.minipublic.sortition.pool.RespondentId, String> names) {
        var lines = lines(commitment, names);
        if (records.committed(job.ceremony(), commitment.text(), commitment.sha256(), clock.instant(), lines)) {
            audit.record(AuditRecord.of(
                            job.actor(), job.assembly(), "selection.ceremony-committed", "Ceremony " + job.number())
                    .withChange(null, "SHA-256 " + commitment.sha256()));
        } else {
            log.warn(
                    "Ceremony {}: lottery computed after the ceremony stopped computing (swept or cancelled); not stored",
                    job.ceremony());
        }
    }

    /** Each respondent's pseudonym with the panel numbers that include them, in one pass over the panels. */
    private static List<CeremonyRecords.Pseudonym> lines(
            Commitment commitment, Map<org.minipublic.sortition.pool.RespondentId, String> names) {
        Map<String, StringBuilder> panels = new HashMap<>();
        for (int j = 0; j < commitment.panels().size(); j++) {
            for (String pseudonym : commitment.panels().get(j)) {
                var numbers = panels.computeIfAbsent(pseudonym, unused -> new StringBuilder());
                numbers.append(numbers.isEmpty() ? "" : " ").append(j + 1);
            }
        }
        var lines = new ArrayList<CeremonyRecords.Pseudonym>();
        names.forEach((id, pseudonym) -> lines.add(new CeremonyRecords.Pseudonym(
                RespondentId.valueOf(id.value()),
                pseudonym,
                panels.getOrDefault(pseudonym, new StringBuilder()).toString())));
        return lines;
    }

    private void fail(Job job, String failure) {
        transaction.executeWithoutResult(status -> {
            if (records.fail(job.ceremony(), failure)) {
                audit.record(AuditRecord.of(
                        job.actor(), job.assembly(), "selection.ceremony-failed", "Ceremony " + job.number()));
            }
        });
    }
}
