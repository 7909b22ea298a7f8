package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;

class CategoryTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 2, 20);

    @Test
    void ageBandsAreNamedFromTheirBoundsAndTheLastIsOpen() {
        assertThat(StandardCategories.ageBand().values())
                .containsExactly("16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+");
    }

    @Test
    void theAgeBandIsTheAgeOnTheReferenceDate() {
        var age = StandardCategories.ageBand();
        assertThat(age.ageBand(LocalDate.of(2002, 2, 20), FIRST_DAY)).contains("25-34"); // 25 that very day
        assertThat(age.ageBand(LocalDate.of(2002, 2, 21), FIRST_DAY)).contains("16-24"); // 25 the day after
        assertThat(age.ageBand(LocalDate.of(1930, 1, 1), FIRST_DAY)).contains("75+");
        assertThat(age.ageBand(LocalDate.of(2011, 2, 21), FIRST_DAY)).isEmpty(); // 15
    }

    @Test
    void anAskedCategoryNeedsTwoDistinctValues() {
        assertThatThrownBy(() -> new Category(
                        CategoryId.random(), "Tenure", Category.Kind.ASKED, List.of("Owner", " Owner "), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.category.options");
        assertThat(new Category(
                                CategoryId.random(),
                                " Tenure ",
                                Category.Kind.ASKED,
                                List.of("Owner", "", "Renter"),
                                List.of())
                        .values())
                .containsExactly("Owner", "Renter");
    }

    @Test
    void ageBoundsMustRise() {
        assertThatThrownBy(() ->
                        new Category(CategoryId.random(), "Age", Category.Kind.AGE, List.of(), List.of(16, 16, 30)))
                .hasMessageContaining("recruitment.category.age-bounds");
    }
}
