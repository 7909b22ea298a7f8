package org.minipublic.app.members;

/** Someone else saved the member after the form was opened; the editor should reload and decide again. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("the member was changed by someone else");
    }
}
