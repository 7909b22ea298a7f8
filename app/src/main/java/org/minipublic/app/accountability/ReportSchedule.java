package org.minipublic.app.accountability;

/**
 * When an assembly's progress reports fall due: the first {@code firstMonths} after the response deadline (or the
 * plan's first publication), then every {@code everyMonths}.
 */
public record ReportSchedule(int firstMonths, int everyMonths) {

    public static final ReportSchedule DEFAULT = new ReportSchedule(3, 6);
    public static final int MOST_MONTHS = 24;
}
