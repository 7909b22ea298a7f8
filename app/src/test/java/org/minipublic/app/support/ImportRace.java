package org.minipublic.app.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two imports at the same time: of one upload, as from a double click or a replayed request, or of two uploads into
 * one assembly. Left to the scheduler the two would overlap only sometimes; here they always do: the first holds its
 * transaction open until the second is waiting for a lock (or has finished), and only then commits.
 */
public final class ImportRace {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private ImportRace() {}

    /** What each import returned (the count it added) or the message key it was refused with; the first's first. */
    public static List<String> run(TransactionTemplate transactions, JdbcClient jdbc, Callable<Integer> importOnce)
            throws Exception {
        return run(transactions, jdbc, importOnce, importOnce);
    }

    /** As {@link #run(TransactionTemplate, JdbcClient, Callable)}, with a different import second. */
    public static List<String> run(
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Callable<Integer> firstImport,
            Callable<Integer> secondImport)
            throws Exception {
        var threads = Executors.newFixedThreadPool(2);
        try {
            var firstDone = new CountDownLatch(1);
            var commit = new CountDownLatch(1);
            Future<String> first = threads.submit(() -> transactions.execute(tx -> {
                String outcome = outcome(firstImport);
                firstDone.countDown();
                await(commit);
                return outcome;
            }));
            await(firstDone);
            Future<String> second = threads.submit(() -> outcome(secondImport));
            waitUntilBlockedOrDone(jdbc, second);
            commit.countDown();
            return List.of(
                    first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS),
                    second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private static String outcome(Callable<Integer> importOnce) {
        try {
            return String.valueOf(importOnce.call());
        } catch (InvalidInputException e) {
            return e.messageKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until another connection is waiting for a lock, or the task is done (or 20 s have passed). Outside any
     * transaction, so that each look at pg_stat_activity is a fresh one.
     */
    public static void waitUntilBlockedOrDone(JdbcClient jdbc, Future<?> second) throws InterruptedException {
        var giveUp = Instant.now().plus(PATIENCE);
        while (!second.isDone() && Instant.now().isBefore(giveUp) && waitingForLocks(jdbc) == 0) {
            Thread.sleep(20);
        }
    }

    private static long waitingForLocks(JdbcClient jdbc) {
        return jdbc.sql(
                        """
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and datname = current_database() and pid <> pg_backend_pid()
                """)
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other import never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
