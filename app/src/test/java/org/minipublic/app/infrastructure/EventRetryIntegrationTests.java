package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed is handed to it again by the retry job, once even when two nodes run the job at the
 * same moment, and never again once handled.
 */
@IntegrationTest
@Import(EventRetryIntegrationTests.Probe.class)
class EventRetryIntegrationTests {

    record Probed(UUID id) {}

    /** A listener that fails the first time it gets each event, as one would if its mail server were down. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        /** Static: the listener's bean is a proxy (it runs asynchronously), whose own fields stay empty. */
        private static final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

        static int calls(UUID id) {
            var count = calls.get(id);
            return count == null ? 0 : count.get();
        }

        @ApplicationModuleListener
        void on(Probed event) {
            if (calls.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("the first attempt fails");
            }
        }
    }

    @Autowired
    EventRetry retry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedEventIsHandledAgainOnceThoughTwoNodesRetryAtTheSameMoment() throws Exception {
        var event = new Probed(UUID.randomUUID());
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        await(() -> "FAILED".equals(status(event)), "the first attempt is recorded as failed");
        assertThat(Probe.calls(event.id())).isEqualTo(1);

        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        for (int node = 0; node < 2; node++) {
            pool.submit(() -> {
                start.await();
                retry.retryFailed();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        await(() -> status(event) == null, "handled: its publication is completed and deleted");
        Thread.sleep(500); // a second copy, if one had been handed out, would run meanwhile
        assertThat(Probe.calls(event.id())).as("one failure, then one success").isEqualTo(2);

        retry.retryFailed();
        Thread.sleep(300);
        assertThat(Probe.calls(event.id())).isEqualTo(2);
    }

    private String status(Probed event) {
        return jdbc.sql("select status from event_publication where serialized_event like :id")
                .param("id", "%" + event.id() + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
