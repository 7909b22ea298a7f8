package org.minipublic.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time used so far by the web server's request threads, by this whole JVM (server, test clients, garbage
 * collection) and by the PostgreSQL processes on this machine (Linux only; 0 elsewhere), so that a benchmark can say
 * where a burst's time went; also the time the JIT compiler and the garbage collector spent (their own threads share
 * the same cores).
 */
record ProcessorTime(long serverNanos, long jvmNanos, long databaseNanos, long jitMillis, long gcMillis) {

    /** Linux counts processes' time in ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static ProcessorTime now() {
        var threads = ManagementFactory.getThreadMXBean();
        long server = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                server += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(bean -> Math.max(0, bean.getCollectionTime()))
                .sum();
        return new ProcessorTime(
                server,
                jvm,
                postgres(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                gc);
    }

    ProcessorTime since(ProcessorTime before) {
        return new ProcessorTime(
                serverNanos - before.serverNanos,
                jvmNanos - before.jvmNanos,
                databaseNanos - before.databaseNanos,
                jitMillis - before.jitMillis,
                gcMillis - before.gcMillis);
    }

    private static long postgres() {
        var proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        long ticks = 0;
        try (var entries = Files.list(proc)) {
            for (var entry : (Iterable<Path>) entries::iterator) {
                ticks += postgresTicks(entry.resolve("stat"));
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** User and system ticks of one process if it is PostgreSQL's, from /proc/PID/stat (fields 14 and 15). */
    private static long postgresTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            if (!line.contains("(postgres)")) {
                return 0;
            }
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // it ended while being read (rare: the connection pool keeps its backends)
        }
    }
}
