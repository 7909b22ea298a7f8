package org.minipublic.app.report;

/**
 * The sections organisers write: an introduction, how the assembly worked, and what happens next. Serializable because
 * a form's text rides in the session (flash) when it is sent back for correction.
 */
public record Narrative(String introduction, String process, String nextSteps) implements java.io.Serializable {

    public static final int LIMIT = 20_000;

    public Narrative {
        introduction = clean(introduction);
        process = clean(process);
        nextSteps = clean(nextSteps);
    }

    public boolean isEmpty() {
        return introduction.isEmpty() && process.isEmpty() && nextSteps.isEmpty();
    }

    public static Narrative empty() {
        return new Narrative("", "", "");
    }

    private static String clean(String text) {
        return text.strip().replace("\r\n", "\n");
    }
}
