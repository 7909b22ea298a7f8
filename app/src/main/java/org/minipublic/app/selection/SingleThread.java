package org.minipublic.app.selection;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The one background thread each of the selection's runners works on: named, and never keeping the JVM alive. */
final class SingleThread {

    private SingleThread() {}

    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
