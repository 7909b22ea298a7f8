package org.minipublic.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readers find their columns by name and learn about every missing one at once. */
class TableTests {

    private static final Table PEOPLE =
            new Table("people.csv", List.of("ID", "Age", "area"), List.of(new Table.Row(2, List.of("r1", "16-29"))));

    @Test
    void findsColumnsByNameIgnoringCaseAndSpaces() {
        assertThat(PEOPLE.column("id")).contains(0);
        assertThat(PEOPLE.column(" AGE")).contains(1);
        assertThat(PEOPLE.column("gender")).isEmpty();
    }

    @Test
    void requiredColumnsComeInTheOrderAskedFor() {
        int[] columns = PEOPLE.requireColumns(
                List.of(new Table.Needed("area", "a category"), new Table.Needed("id", "--id-column")));

        assertThat(columns).containsExactly(2, 0);
    }

    @Test
    void everyMissingColumnIsNamedWithWhatItIsForAndTheColumnsThereAre() {
        var needed = Table.Needed.all(List.of("gender", "area", "ward"), "a category");

        assertThatThrownBy(() -> PEOPLE.requireColumns(needed))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe)
                        .containsExactly(
                                "people.csv row 1, column gender: there is no column gender (a category); the columns"
                                        + " are ID, Age, area",
                                "people.csv row 1, column ward: there is no column ward (a category); the columns are"
                                        + " ID, Age, area"));
    }

    @Test
    void aMissingCellReadsAsEmpty() {
        assertThat(PEOPLE.rows().get(0).cell(2)).isEmpty();
    }
}
