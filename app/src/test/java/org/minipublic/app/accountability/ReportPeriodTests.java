package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;

/** When progress reports fall due, and what one says about an action over its period. */
class ReportPeriodTests {

    private static final LocalDate ANCHOR = LocalDate.of(2030, 1, 31);

    @Test
    void theFirstReportEndsAfterTheFirstMonthsAndEachNextOneAfterTheOthersCountedFromTheAnchor() {
        var schedule = new ReportSchedule(3, 6);
        assertThat(ReportPeriod.dueBy(ANCHOR, schedule, LocalDate.of(2030, 4, 28)))
                .isEmpty();
        assertThat(ReportPeriod.dueBy(ANCHOR, schedule, LocalDate.of(2030, 4, 29)))
                .as("due on its last day")
                .hasSize(1);
        assertThat(ReportPeriod.next(ANCHOR, schedule, LocalDate.of(2030, 4, 28)))
                .isEqualTo(new ReportPeriod(1, ANCHOR, LocalDate.of(2030, 4, 30)));
        // counted from the anchor, not month by month, so the 31st does not drift to the 30th and then the 28th
        assertThat(ReportPeriod.dueBy(ANCHOR, schedule, LocalDate.of(2031, 5, 1)))
                .containsExactly(
                        new ReportPeriod(1, ANCHOR, LocalDate.of(2030, 4, 30)),
                        new ReportPeriod(2, LocalDate.of(2030, 4, 30), LocalDate.of(2030, 10, 31)),
                        new ReportPeriod(3, LocalDate.of(2030, 10, 31), LocalDate.of(2031, 4, 30)));
        assertThat(ReportPeriod.next(ANCHOR, schedule, LocalDate.of(2031, 5, 1)).end())
                .isEqualTo(LocalDate.of(2031, 10, 31));
        assertThat(new ReportPeriod(1, ANCHOR, LocalDate.of(2030, 4, 30)).lastDay())
                .isEqualTo(LocalDate.of(2030, 4, 29));
    }

    @Test
    void aReportGivesEachActionItsStatusAtThePeriodsEndItsUpdatesAndMilestonesInThePeriod() {
        var start = LocalDate.of(2030, 1, 1);
        var end = LocalDate.of(2030, 4, 1);
        var id = ActionId.random();
        var before = update(id, "Started", ActionStatus.ON_TRACK, "2029-12-20");
        var inside = update(id, "Slipped", ActionStatus.DELAYED, "2030-02-10");
        var after = update(id, "Done", ActionStatus.DONE, "2030-04-02");
        var doneInside =
                new Milestone(UUID.randomUUID(), "Designed", LocalDate.of(2030, 1, 5), LocalDate.of(2030, 2, 1));
        var lateThen = new Milestone(UUID.randomUUID(), "Trained", LocalDate.of(2030, 3, 1), LocalDate.of(2030, 5, 1));
        var notYetDue = new Milestone(UUID.randomUUID(), "Reviewed", LocalDate.of(2030, 6, 1), null);
        var action = action(id, "2029-12-01", List.of(doneInside, lateThen, notYetDue), List.of(after, inside, before));
        var added = action(ActionId.random(), "2030-04-01", List.of(), List.of());

        var report = ActionProgress.of(List.of(action, added), start, end, ZoneOffset.UTC);

        assertThat(report)
                .as("an action added when the period had ended is left out")
                .hasSize(1);
        var progress = report.get(0);
        assertThat(progress.statusAtEnd()).isEqualTo(ActionStatus.DELAYED);
        assertThat(progress.updates()).containsExactly(inside);
        assertThat(progress.done()).containsExactly(doneInside);
        assertThat(progress.overdue()).containsExactly(lateThen);
        assertThat(ActionProgress.of(
                        List.of(action), LocalDate.of(2029, 11, 1), LocalDate.of(2029, 12, 15), ZoneOffset.UTC))
                .singleElement()
                .satisfies(p -> assertThat(p.statusAtEnd()).isEqualTo(ActionStatus.NOT_STARTED));
    }

    private static ProgressUpdate update(ActionId action, String body, ActionStatus status, String day) {
        return new ProgressUpdate(UUID.randomUUID(), action, "Training", body, "", status, instant(day));
    }

    private static Action action(
            ActionId id, String created, List<Milestone> milestones, List<ProgressUpdate> updates) {
        return new Action(
                id,
                new AssemblyId(UUID.randomUUID()),
                new ActionText("Training", "", "Police", "", List.of(RecommendationId.random())),
                ActionStatus.NOT_STARTED,
                milestones,
                updates,
                instant(created),
                0);
    }

    private static Instant instant(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
