package org.minipublic.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs a tool from {@code main} and exits with its code. Ctrl-C interrupts the running command and gives it a moment
 * to stop cleanly (the engines then stop their solvers and say so) before the Java runtime ends the process.
 */
public final class Launcher {

    /** How long Ctrl-C waits for the command to stop before the process ends regardless. */
    static final long GRACE_MILLIS = 2_000;

    private Launcher() {}

    public static void run(Supplier<CommandLine> commandLine, String[] args) {
        // Apache POI logs through the Log4j API; without this it complains that no logging backend is installed.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        var finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC(Thread.currentThread(), finished));
        int code;
        try {
            code = commandLine.get().execute(args);
        } finally {
            finished.countDown();
        }
        System.exit(code);
    }

    /** A shutdown hook: it also runs after a normal exit, when the command has already finished. */
    private static Thread stopOnCtrlC(Thread command, CountDownLatch finished) {
        return new Thread(
                () -> {
                    if (finished.getCount() > 0) {
                        command.interrupt();
                        awaitQuietly(finished);
                    }
                },
                "stop-on-ctrl-c");
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
