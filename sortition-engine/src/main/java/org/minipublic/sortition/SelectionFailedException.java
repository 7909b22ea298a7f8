package org.minipublic.sortition;

/** The chosen algorithm could not compute a lottery for this pool (the message says why and what to use instead). */
public class SelectionFailedException extends RuntimeException {

    public SelectionFailedException(String message) {
        super(message);
    }
}
