package org.minipublic.sortition;

/** The chosen algorithm could not compute a lottery for this pool (the message says why and what to use instead). */
public class SelectionFailedException extends RuntimeException {

    public SelectionFailedException(String message) {
        super(message);
    }

    /** @param cause what stopped the selection, for callers that explain some causes in their own words */
    public SelectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
