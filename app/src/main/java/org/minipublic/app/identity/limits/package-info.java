/**
 * Limits on attempts, for anything that can be tried again and again without logging in (passwords, e-mailed links,
 * registration codes): growing waits per thing typed and per client address, never a lock, counted in Bucket4j token
 * buckets kept in {@code identity.attempt_buckets} so that every node counts the same. Other modules define their
 * own {@link org.minipublic.app.identity.limits.AttemptLimit}s and take attempts through
 * {@link org.minipublic.app.identity.limits.Attempts}.
 */
@NamedInterface("limits")
@NullMarked
package org.minipublic.app.identity.limits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
