package org.minipublic.app.demo;

/** Demo data met real use: starting would expose real data, or keep demo logins working, to anyone. */
class DemoModeMismatchException extends IllegalStateException {

    private final String action;

    private DemoModeMismatchException(String description, String action) {
        super(description);
        this.action = action;
    }

    static DemoModeMismatchException demoDataInRealUse(String where) {
        return new DemoModeMismatchException(
                "Minipublic was started without --demo, but " + where + " holds the demo accounts, whose password is"
                        + " published: anyone could log in, as the platform administrator too.",
                "To explore the demo, start with --demo (its data now lives in ./minipublic-demo-data by default)."
                        + " For real use, start without --demo on a data directory (or external database) that has"
                        + " never held the demo: --minipublic.data-dir=<new directory>, or move this one aside. Demo"
                        + " data cannot be turned into real data.");
    }

    static DemoModeMismatchException realDataInDemoMode(String where) {
        return new DemoModeMismatchException(
                "Minipublic was started with --demo, but " + where + " holds real accounts. Demo mode would add"
                        + " accounts with a published password to it, a platform administrator among them.",
                "Start the demo on a data directory of its own: leave out --minipublic.data-dir to use"
                        + " ./minipublic-demo-data. To use this data, start without --demo.");
    }

    String action() {
        return action;
    }
}
