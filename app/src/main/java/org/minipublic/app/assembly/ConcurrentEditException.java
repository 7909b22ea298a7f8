package org.minipublic.app.assembly;

/** Someone else saved the assembly after the editor loaded it; saving now would silently undo their change. */
public class ConcurrentEditException extends RuntimeException {

    ConcurrentEditException() {
        super("the assembly was changed by someone else");
    }
}
