package org.minipublic.sortition.counting;

/** Counting the valid panels would need more memory than allowed: the pool has too many distinct partial panels. */
public final class OutOfReachException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutOfReachException(int inStep, long inAll, int limit, int step, int steps) {
        super("Counting the valid panels is out of reach for this pool: after " + step + " of " + steps
                + " groups and households there were " + inStep + " distinct partial panels (" + inAll
                + " in all steps), more than the limit of " + limit + " in a step or " + 5L * limit
                + " in all. Use leximin or Goldilocks, which do not need the count.");
    }
}
