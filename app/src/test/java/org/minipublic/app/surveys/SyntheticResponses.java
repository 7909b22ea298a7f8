package org.minipublic.app.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Makes a file of plausible responses to any survey, as another survey tool would export it: a header of question
 * keys, options written as their words (sometimes as their number), several choices separated by semicolons, dates
 * day first. Seeded, so a test can count what it wrote; cells can be spoiled on purpose to test the checks.
 */
final class SyntheticResponses {

    /** A cell to spoil: data row (from 1), question key, and the text to put there instead. */
    record Spoil(int row, String key, String value) {}

    private SyntheticResponses() {}

    /** The rows as written: per row, per question key, the cell's text. */
    static List<Map<String, String>> rows(Survey survey, int count, long seed) {
        var random = new SplittableRandom(seed);
        var rows = new ArrayList<Map<String, String>>();
        for (int r = 0; r < count; r++) {
            var row = new HashMap<String, String>();
            for (var question : survey.questions()) {
                var blank = !question.required() && random.nextInt(10) == 0;
                var conditionMissed = question.showIf() != null;
                row.put(question.key(), blank || conditionMissed ? "" : cell(question, random));
            }
            rows.add(row);
        }
        return rows;
    }

    static String csv(Survey survey, List<Map<String, String>> rows, List<Spoil> spoils) {
        var out = new StringBuilder();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(survey.questions().stream().map(Question::key).toList());
            for (int r = 0; r < rows.size(); r++) {
                var row = new ArrayList<String>();
                for (var question : survey.questions()) {
                    String value = rows.get(r).get(question.key());
                    for (var spoil : spoils) {
                        if (spoil.row() == r + 1 && spoil.key().equals(question.key())) {
                            value = spoil.value();
                        }
                    }
                    row.add(value);
                }
                csv.printRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Question question, SplittableRandom random) {
        var labels = question.text().choices();
        return switch (question.kind()) {
            case SCALE -> random.nextBoolean() ? String.valueOf(1 + random.nextInt(5)) : labels.get(random.nextInt(5));
            case SINGLE -> labels.get(random.nextInt(labels.size()));
            case MULTIPLE -> {
                var chosen = new ArrayList<String>();
                for (var label : labels) {
                    if (random.nextInt(3) == 0) {
                        chosen.add(label);
                    }
                }
                yield chosen.isEmpty() ? labels.get(0) : String.join("; ", chosen);
            }
            case TEXT ->
                "More " + List.of("lighting", "patrols", "youth clubs", "buses").get(random.nextInt(4));
            case NUMBER -> String.valueOf(random.nextInt(0, 80));
            case DATE -> {
                var day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
                yield day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
            }
        };
    }
}
