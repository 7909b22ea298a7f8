package org.minipublic.app.identity.limits;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bucket4j's token buckets, kept in {@code identity.attempt_buckets} so that every node counts the same attempts.
 * Unlike Bucket4j's own JDBC managers, a bucket is read and written inside the caller's Spring transaction (locked
 * with {@code select … for update}), so that a count and the audit entry it causes commit together.
 */
@Repository
class AttemptBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptBuckets(JdbcClient jdbc, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockTimeMeter(clock)));
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        return new RowTransaction(key);
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from identity.attempt_buckets where bucket_key = :key")
                .param("key", key)
                .update();
    }

    /** Marks the bucket as having reached its limit; true only the first time since it was last full. */
    boolean markThrottled(String key) {
        return jdbc.sql(
                                """
                        update identity.attempt_buckets set throttled_since = :now
                        where bucket_key = :key and throttled_since is null
                        """)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("key", key)
                        .update()
                == 1;
    }

    /** When the bucket, marked as having reached its limit, will have refilled; empty when it is not marked. */
    Optional<Instant> throttledUntil(String key) {
        return jdbc.sql(
                        """
                        select expires_at from identity.attempt_buckets
                        where bucket_key = :key and throttled_since is not null and expires_at > :now
                        """)
                .param("key", key)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    Instant now() {
        return clock.instant();
    }

    /** Deletes buckets that have filled up again: they would allow exactly what no row allows. */
    void forgetFullBuckets() {
        jdbc.sql("delete from identity.attempt_buckets where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** One Bucket4j operation on one row, inside the transaction the caller already has. */
    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final String key;

        RowTransaction(String key) {
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("attempt buckets are changed only inside a transaction");
            }
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            List<byte[]> states = jdbc.sql(
                            "select state from identity.attempt_buckets where bucket_key = :key for update")
                    .param("key", key)
                    .query((rs, row) -> rs.getBytes(1))
                    .list();
            return states.isEmpty() ? LockAndGetResult.notLocked() : LockAndGetResult.locked(states.get(0));
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            jdbc.sql("insert into identity.attempt_buckets (bucket_key) values (:key) on conflict do nothing")
                    .param("key", key)
                    .update();
            return true; // either way there is now a row to lock
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            Instant now = clock.instant();
            Instant full = now.plusNanos(state.calculateFullRefillingTime(nanos(now)));
            jdbc.sql("update identity.attempt_buckets set state = :state, expires_at = :full where bucket_key = :key")
                    .param("state", data)
                    .param("full", Timestamp.from(full))
                    .param("key", key)
                    .update();
        }

        // The caller's transaction commits or rolls back; an exception thrown here propagates to it.
        @Override
        public void commit(Optional<Long> timeoutNanos) {}

        @Override
        public void rollback() {}

        @Override
        public void release() {}
    }

    /** Bucket4j reads time from the application's clock, so that tests can move it. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanos(clock.instant());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
