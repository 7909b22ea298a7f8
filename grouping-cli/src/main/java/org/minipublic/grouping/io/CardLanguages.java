package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/**
 * The language each member's name card is printed in, from a column of the people file: en, pl or ur (or English,
 * Polish, polski, Urdu), any case. An empty cell leaves that card in the language of the pages.
 */
public final class CardLanguages {

    private static final Map<String, Locale> NAMES = Map.of(
            "en", Locale.ENGLISH,
            "english", Locale.ENGLISH,
            "pl", Locale.forLanguageTag("pl"),
            "polish", Locale.forLanguageTag("pl"),
            "polski", Locale.forLanguageTag("pl"),
            "ur", Locale.forLanguageTag("ur"),
            "urdu", Locale.forLanguageTag("ur"));

    private CardLanguages() {}

    public static Map<MemberId, Locale> read(Table table, String idColumn, String column) {
        List<InputProblem> problems = new ArrayList<>();
        int id = table.column(idColumn).orElseThrow(); // the members reader has checked it
        int language = languageColumn(table, column);
        Map<MemberId, Locale> languages = new HashMap<>();
        for (var row : table.rows()) {
            String value = row.cell(language).trim();
            Locale locale = NAMES.get(value.toLowerCase(Locale.ROOT));
            if (locale != null) {
                languages.put(new MemberId(row.cell(id)), locale);
            } else if (!value.isEmpty()) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        column,
                        "'" + value + "' is not a language the name cards come in (en, pl or ur)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Map.copyOf(languages);
    }

    private static int languageColumn(Table table, String column) {
        return table.column(column)
                .orElseThrow(() -> new InputException(List.of(new InputProblem(
                        table.name(),
                        1,
                        column,
                        "there is no column " + column + " (--card-language-column); the columns are "
                                + String.join(", ", table.header())))));
    }
}
