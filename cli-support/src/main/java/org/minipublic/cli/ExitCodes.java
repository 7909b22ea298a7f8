package org.minipublic.cli;

/** Exit codes that mean the same in every Minipublic command-line tool; each tool adds its own from 1 and 3 up. */
public final class ExitCodes {

    public static final int OK = 0;

    /** A file, option or value that cannot be used; the message says which and why. */
    public static final int BAD_INPUT = 2;

    /** An error the tool did not expect, which is a bug (EX_SOFTWARE of sysexits.h). */
    public static final int UNEXPECTED = 70;

    /** Stopped by Ctrl-C: 128 + SIGINT, the code shells give a process that SIGINT ended. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
