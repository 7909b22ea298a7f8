package org.minipublic.app.selection;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Targets;

/**
 * The targets and people files of a draw, in the layouts the engine's {@code verify} command reads
 * ({@code category,name,min,max,min_flex,max_flex} and one row per respondent), made from the problem the engine
 * solved. People are named by their respondent id only, with their household's id and their value in each category:
 * what the lottery used and nothing else, under the id and household columns of {@link #settings}.
 *
 * @param targetsCsv the targets file
 * @param peopleCsv the people file
 */
record VerificationFiles(String targetsCsv, String peopleCsv) {

    static VerificationFiles of(SelectionProblem problem) {
        return new VerificationFiles(targets(problem), people(problem, settings(problem.targets())));
    }

    /**
     * The people file's id and household columns, as the draw record names them: {@code respondent} and
     * {@code household}, or with a number added where a category has that name (column names match ignoring case).
     */
    static InputSettings settings(Targets targets) {
        var taken = targets.categories().stream()
                .map(c -> c.name().strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new InputSettings(free("respondent", taken), List.of(free("household", taken)));
    }

    private static String free(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    /** Every limit is written out, flexible ones included, so that reading the file gives the same targets. */
    private static String targets(SelectionProblem problem) {
        return csv(
                List.of("category", "name", "min", "max", "min_flex", "max_flex"),
                problem.targets().categories().stream()
                        .flatMap(c -> c.targets().stream())
                        .map(t -> List.of(
                                t.category(),
                                t.value(),
                                Integer.toString(t.min()),
                                Integer.toString(t.max()),
                                Integer.toString(t.minFlex()),
                                Integer.toString(t.maxFlex())))
                        .toList());
    }

    private static String people(SelectionProblem problem, InputSettings settings) {
        var header = new ArrayList<String>();
        header.add(Objects.requireNonNull(settings.idColumn()));
        header.addAll(settings.addressColumns());
        problem.targets().categories().stream().map(Category::name).forEach(header::add);
        return csv(
                header,
                problem.pool().respondents().stream()
                        .map(VerificationFiles::row)
                        .toList());
    }

    private static List<String> row(Respondent respondent) {
        var row = new ArrayList<String>();
        row.add(respondent.id().value());
        row.add(Objects.requireNonNullElse(respondent.household(), ""));
        row.addAll(respondent.values());
        return row;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        var text = new StringWriter();
        try (var printer = new CSVPrinter(
                text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
