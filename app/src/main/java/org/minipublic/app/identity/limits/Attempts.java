package org.minipublic.app.identity.limits;

import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts against {@link AttemptLimit}s. An attempt is taken before it is tried, so that many attempts sent
 * at once cannot slip past a limit; a successful one is given back. Counts join the caller's transaction.
 */
@Service
public class Attempts {

    private final AttemptBuckets buckets;

    Attempts(AttemptBuckets buckets) {
        this.buckets = buckets;
    }

    /** Takes one attempt from every subject's limit, or from none when any of them must wait. */
    @Transactional
    public Attempt take(AttemptSubject... subjects) {
        buckets.forgetFullBuckets();
        List<Bucket> taken = new ArrayList<>();
        List<AttemptSubject> usedUp = new ArrayList<>();
        long waitNanos = -1;
        for (AttemptSubject subject : subjects) {
            Bucket bucket = bucket(subject);
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                waitNanos = Math.max(waitNanos, Math.max(1, probe.getNanosToWaitForRefill()));
            } else {
                taken.add(bucket);
                if (probe.getRemainingTokens() == 0) {
                    usedUp.add(subject);
                }
            }
        }
        if (waitNanos < 0) {
            return Attempt.granted(usedUp);
        }
        taken.forEach(bucket -> bucket.addTokens(1));
        return Attempt.refused(Duration.ofNanos(waitNanos));
    }

    /** Gives back an attempt that turned out to be legitimate. */
    @Transactional
    public void giveBack(AttemptSubject subject) {
        bucket(subject).addTokens(1);
    }

    /** Starts afresh, as if the subject had never tried. */
    @Transactional
    public void forget(AttemptSubject subject) {
        buckets.removeProxy(key(subject));
    }

    /** True the first time the subject reached its limit since it was last clear: the moment worth auditing. */
    @Transactional
    public boolean startThrottling(AttemptSubject subject) {
        return buckets.markThrottled(key(subject));
    }

    /**
     * How long the subject must still wait after reaching its limit (marked by {@link #startThrottling}), until its
     * allowance has refilled; empty when it need not wait. Reads without locking, for checks made on every request:
     * one statement, so it joins the caller's transaction if there is one and needs none of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Duration> throttledFor(AttemptSubject subject) {
        return buckets.throttledUntil(key(subject)).map(until -> Duration.between(buckets.now(), until));
    }

    private Bucket bucket(AttemptSubject subject) {
        return buckets.builder().build(key(subject), subject.limit()::configuration);
    }

    static String key(AttemptSubject subject) {
        return subject.limit().name() + ":" + sha256(subject.value());
    }

    private static String sha256(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
