package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.AssemblyDay;

class AttendanceRulesTests {

    private static final List<AssemblyDay> DAYS = List.of(
            day(1, LocalDate.of(2027, 2, 20)), day(1, LocalDate.of(2027, 2, 21)), day(2, LocalDate.of(2027, 3, 6)));

    @Test
    void theListToOpenIsTodaysOrTheNextDaysOrTheLastDays() {
        assertThat(Attendance.dayToOpen(DAYS, LocalDate.of(2027, 2, 21))).isEqualTo(LocalDate.of(2027, 2, 21));
        assertThat(Attendance.dayToOpen(DAYS, LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(Attendance.dayToOpen(DAYS, LocalDate.of(2027, 2, 22))).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(Attendance.dayToOpen(DAYS, LocalDate.of(2027, 12, 1))).isEqualTo(LocalDate.of(2027, 3, 6));
    }

    @Test
    void aWithdrawnMemberIsExpectedOnlyOnTheDaysBeforeTheyWithdrew() {
        var withdrawn = new MemberSummary(
                MemberId.random(),
                "A",
                "B",
                "en",
                false,
                "",
                MemberStatus.WITHDRAWN,
                LocalDate.of(2027, 3, 6),
                Set.of());
        assertThat(withdrawn.expectedOn(LocalDate.of(2027, 2, 21))).isTrue();
        assertThat(withdrawn.expectedOn(LocalDate.of(2027, 3, 6))).isFalse();
        var active =
                new MemberSummary(MemberId.random(), "C", "D", "en", false, "", MemberStatus.ACTIVE, null, Set.of());
        assertThat(active.expectedOn(LocalDate.of(2027, 3, 6))).isTrue();
    }

    @Test
    void aSheetCountsWhoIsIn() {
        var in = new CheckInRow(MemberId.random(), "A B", "en", false, "", true);
        var out = new CheckInRow(MemberId.random(), "C D", "pl", true, "", false);
        var sheet = new CheckInSheet(DAYS.get(0), 1, List.of(in, out), DAYS);
        assertThat(sheet.present()).isEqualTo(1);
        assertThat(sheet.expected()).isEqualTo(2);
    }

    private static AssemblyDay day(int weekend, LocalDate date) {
        return new AssemblyDay(weekend, date, LocalTime.of(10, 0), LocalTime.of(16, 0), "Town Hall", "");
    }
}
