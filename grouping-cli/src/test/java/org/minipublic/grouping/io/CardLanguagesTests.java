package org.minipublic.grouping.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.Table;

/** Reading the language of each member's name card. */
class CardLanguagesTests {

    @Test
    void readsCodesAndNamesInAnyCaseAndLeavesEmptyCellsToThePage() {
        var table = table(List.of("A", "pl"), List.of("B", "URDU"), List.of("C", ""), List.of("D", " Polski "));

        var languages = CardLanguages.read(table, "id", "language");

        assertThat(languages)
                .containsOnlyKeys(new MemberId("A"), new MemberId("B"), new MemberId("D"))
                .containsEntry(new MemberId("A"), Locale.forLanguageTag("pl"))
                .containsEntry(new MemberId("B"), Locale.forLanguageTag("ur"))
                .containsEntry(new MemberId("D"), Locale.forLanguageTag("pl"));
    }

    @Test
    void namesTheRowOfALanguageTheCardsDoNotComeIn() {
        var table = table(List.of("A", "en"), List.of("B", "de"));

        assertThatThrownBy(() -> CardLanguages.read(table, "id", "language"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("people.csv row 3, column language: 'de' is not a language the name cards come"
                        + " in (en, pl or ur)");
        assertThatThrownBy(() -> CardLanguages.read(table, "id", "lang"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("there is no column lang (--card-language-column); the columns are id, language");
    }

    @SafeVarargs
    private static Table table(List<String>... rows) {
        var list = new java.util.ArrayList<Table.Row>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Table.Row(i + 2, rows[i]));
        }
        return new Table("people.csv", List.of("id", "language"), list);
    }
}
