package org.minipublic.sortition.solver;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library once per process, on first use rather than at start-up. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
