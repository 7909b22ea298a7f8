package org.minipublic.sortition;

/**
 * The selecting thread was interrupted, so the selection stopped without a result. The thread's interrupt flag stays
 * set, as the caller that interrupted it expects.
 */
public class SelectionInterruptedException extends RuntimeException {

    public SelectionInterruptedException(String message) {
        super(message);
    }
}
