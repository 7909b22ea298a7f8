package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The period one progress report covers: from {@code start} up to the day before {@code end} (its last day). A report
 * falls due on its last day, so that a report prepared then takes in that day's updates too.
 *
 * @param number 1 for the first report
 */
public record ReportPeriod(int number, LocalDate start, LocalDate end) {

    /** More than anyone follows an action plan for: a bound, not a rule. */
    static final int MOST = 100;

    /**
     * The periods due by {@code today} (their last day is today or past), oldest first: the first ends
     * {@code first} months after the anchor, each next one {@code every} months later.
     */
    static List<ReportPeriod> dueBy(LocalDate anchor, ReportSchedule schedule, LocalDate today) {
        var periods = new ArrayList<ReportPeriod>();
        LocalDate start = anchor;
        LocalDate end = anchor.plusMonths(schedule.firstMonths());
        while (end.minusDays(1).compareTo(today) <= 0 && periods.size() < MOST) {
            periods.add(new ReportPeriod(periods.size() + 1, start, end));
            start = end;
            end = anchor.plusMonths(schedule.firstMonths() + (long) periods.size() * schedule.everyMonths());
        }
        return periods;
    }

    /** The period after the last one due by {@code today}: when the next report falls due. */
    static ReportPeriod next(LocalDate anchor, ReportSchedule schedule, LocalDate today) {
        var ended = dueBy(anchor, schedule, today);
        int n = ended.size();
        LocalDate start = n == 0 ? anchor : ended.get(n - 1).end();
        LocalDate end = anchor.plusMonths(schedule.firstMonths() + (long) n * schedule.everyMonths());
        return new ReportPeriod(n + 1, start, end);
    }

    /** The last day the period covers. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}
