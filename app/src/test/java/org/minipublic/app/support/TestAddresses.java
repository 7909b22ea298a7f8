package org.minipublic.app.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for requests in tests. Login and password-link limits count per client address, so tests that
 * share a Spring context each use addresses of their own rather than all counting against 127.0.0.1.
 */
public final class TestAddresses {

    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    private TestAddresses() {}

    /** An IPv4 address in 10.0.0.0/8 that no other test in this JVM uses. */
    public static String next() {
        int n = NEXT.incrementAndGet() & 0xFFFFFF;
        return "10." + (n >> 16) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }
}
