package org.minipublic.sortition;

/** Receives short human-readable progress messages during long selections (the command line prints them). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener SILENT = message -> {};

    void progress(String message);
}
