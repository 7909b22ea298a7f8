package org.minipublic.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minipublic.app.shared.Heartbeat;
import org.minipublic.app.shared.Heartbeats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Makes the waiting documents, one at a time on a thread of its own (a round's letters already keep two cores busy),
 * on whichever node takes them first. While it works it keeps the job's heartbeat; every node sweeps for jobs whose
 * node stopped and queues them again, up to {@code minipublic.documents.max-attempts} attempts in all, so a restart
 * (or another node) makes the document from the start. A failed attempt is tried again after a pause of
 * {@code minipublic.documents.retry-after} times the attempts made. A document is stored whole, in one statement, or not at all; finished documents are deleted after {@code minipublic.documents.kept}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DocumentRunner {

    static final String STOPPED = "documents.problem.stopped";
    static final String FAILED = "documents.problem.failed";
    static final String UNKNOWN_KIND = "documents.problem.unknown-kind";

    private static final Logger log = LoggerFactory.getLogger(DocumentRunner.class);

    private final DocumentRecords records;
    private final Map<String, DocumentWriter> writers;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration kept;
    private final Duration retryAfter;
    private final Heartbeat<DocumentId> heartbeat;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "documents");
        thread.setDaemon(true);
        return thread;
    });

    DocumentRunner(
            DocumentRecords records,
            List<DocumentWriter> writers,
            Clock clock,
            @Value("${minipublic.documents.max-attempts:3}") int maxAttempts,
            @Value("${minipublic.documents.kept:P2D}") Duration kept,
            @Value("${minipublic.documents.retry-after:PT30S}") Duration retryAfter,
            Heartbeats heartbeats) {
        this.records = records;
        this.writers = writers.stream().collect(Collectors.toMap(DocumentWriter::kind, Function.identity()));
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.kept = kept;
        this.retryAfter = retryAfter;
        this.heartbeat = heartbeats.start("document", "minipublic.documents", records::beat, this::sweep);
    }

    /** @throws IllegalArgumentException when no writer makes documents of this kind */
    String mediaType(String kind) {
        var writer = writers.get(kind);
        if (writer == null) {
            throw new IllegalArgumentException("No writer makes documents of kind " + kind);
        }
        return writer.mediaType();
    }

    /** Looks for waiting documents now rather than at the next poll (once a request is committed). */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            worker.execute(() -> {
                woken.set(false);
                drain();
            });
        }
    }

    /** Waiting documents are also looked for every few seconds: one requested on another node, or queued again. */
    @Scheduled(
            initialDelayString = "${minipublic.documents.poll-every:PT5S}",
            fixedDelayString = "${minipublic.documents.poll-every:PT5S}")
    void poll() {
        wake();
        int deleted = records.deleteFinishedBefore(clock.instant().minus(kept));
        if (deleted > 0) {
            log.info("Deleted {} document(s) finished more than {} ago", deleted, kept);
        }
    }

    /** Looks for documents waiting since before the start; the heartbeat's first sweep runs at the same event. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        wake();
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Makes waiting documents until none is left; each is taken by one node only. */
    void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            var taken = records.takeNext();
            if (taken.isEmpty()) {
                return;
            }
            try {
                make(taken.get());
            } catch (RuntimeException e) {
                // recording the outcome failed (the database went away): the sweep queues the job again
                log.warn(
                        "Document {} left running: {}",
                        taken.get().id(),
                        e.getClass().getSimpleName());
            }
        }
    }

    private void make(DocumentRecords.Taken job) {
        heartbeat.running(job.id());
        try {
            var writer = writers.get(job.kind());
            if (writer == null) {
                records.failed(job.id(), UNKNOWN_KIND, 0, retryAfter, clock.instant());
                return;
            }
            long started = System.nanoTime();
            var out = new ByteArrayOutputStream();
            writer.write(job.assembly(), job.subject(), out);
            if (!records.finish(job.id(), out.toByteArray(), clock.instant())) {
                log.warn("Document {} was made after it counted as abandoned; not stored", job.id());
            }
            log.info("Document {} ({}) made in {} ms", job.id(), job.kind(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Document {} ({}), attempt {}, failed: {}",
                    job.id(),
                    job.kind(),
                    job.attempts(),
                    e.getClass().getSimpleName());
            records.failed(job.id(), FAILED, maxAttempts, retryAfter, clock.instant());
        } finally {
            heartbeat.ended(job.id());
        }
    }

    /** Jobs whose node stopped go back in the queue (or fail after their last attempt). */
    void sweep() {
        var after = heartbeat.timing().abandonedAfter();
        int requeued = records.requeueAbandoned(STOPPED, after, maxAttempts, clock.instant());
        if (requeued > 0) {
            log.warn("{} document(s) left unfinished by a stopped process were queued again", requeued);
            wake();
        }
    }
}
