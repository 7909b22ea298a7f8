package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblyDetailsTests {

    @Test
    void keepsDaysInDateOrderAndDropsBlankNames() {
        var details = new AssemblyDetails(
                "  Title  ",
                " Question? ",
                null,
                List.of("Council", " ", "Police "),
                List.of(),
                null,
                List.of(day(2, LocalDate.of(2027, 3, 6)), day(1, LocalDate.of(2027, 2, 20))));
        assertThat(details.title()).isEqualTo("Title");
        assertThat(details.description()).isEmpty();
        assertThat(details.commissioners()).containsExactly("Council", "Police");
        assertThat(details.recruitmentPartners()).isEmpty();
        assertThat(details.days())
                .extracting(AssemblyDay::date)
                .containsExactly(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 6));
        assertThat(details.weekendCount()).isEqualTo(2);
    }

    @Test
    void refusesABlankQuestionOrTitle() {
        assertThatThrownBy(() -> new AssemblyDetails(" ", "Q", "", List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssemblyDetails("T", "  ", "", List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoDaysOnOneDate() {
        var date = LocalDate.of(2027, 2, 20);
        assertThatThrownBy(() -> new AssemblyDetails(
                        "T", "Q", "", List.of(), List.of(), List.of(), List.of(day(1, date), day(1, date))))
                .hasMessageContaining("2027-02-20");
    }

    @Test
    void aDayMustEndAfterItStartsAndHaveAVenue() {
        var date = LocalDate.of(2027, 2, 20);
        assertThatThrownBy(() -> new AssemblyDay(1, date, LocalTime.NOON, LocalTime.NOON, "Hall", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssemblyDay(1, date, LocalTime.of(10, 0), LocalTime.NOON, " ", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssemblyDay(0, date, LocalTime.of(10, 0), LocalTime.NOON, "Hall", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AssemblyDay day(int weekend, LocalDate date) {
        return new AssemblyDay(weekend, date, LocalTime.of(10, 0), LocalTime.of(16, 0), "Hall", "");
    }
}
