package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What a progress report says about one action over its period, read from the dated record: its status at the
 * period's end (that of the last update up to its last day), the updates posted in the period, oldest first, the milestones
 * done in it and those overdue at its end.
 */
public record ActionProgress(
        Action action,
        ActionStatus statusAtEnd,
        List<ProgressUpdate> updates,
        List<Milestone> done,
        List<Milestone> overdue) {

    public ActionProgress {
        updates = List.copyOf(updates);
        done = List.copyOf(done);
        overdue = List.copyOf(overdue);
    }

    /** Every action that existed before the period ended, with its progress in the period. */
    static List<ActionProgress> of(List<Action> actions, LocalDate start, LocalDate end, ZoneId zone) {
        return actions.stream()
                .filter(a -> day(a.createdAt(), zone).isBefore(end))
                .map(a -> of(a, start, end, zone))
                .toList();
    }

    private static ActionProgress of(Action action, LocalDate start, LocalDate end, ZoneId zone) {
        var before = action.updates().stream()
                .filter(u -> day(u.postedAt(), zone).isBefore(end))
                .sorted(Comparator.comparing(ProgressUpdate::postedAt))
                .toList();
        var status = before.isEmpty()
                ? ActionStatus.NOT_STARTED
                : before.get(before.size() - 1).status();
        var inPeriod = before.stream()
                .filter(u -> !day(u.postedAt(), zone).isBefore(start))
                .toList();
        var done = action.milestones().stream()
                .filter(m -> m.doneOn() != null
                        && !m.doneOn().isBefore(start)
                        && m.doneOn().isBefore(end))
                .toList();
        var overdue = action.milestones().stream()
                .filter(m -> m.dueOn().isBefore(end)
                        && (m.doneOn() == null || !m.doneOn().isBefore(end)))
                .toList();
        return new ActionProgress(action, status, inPeriod, done, overdue);
    }

    private static LocalDate day(java.time.Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
