package org.minipublic.app.selection;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Category;

/**
 * The targets and people files of a draw, in the layouts the engine's {@code verify} command reads
 * ({@code category,name,min,max,min_flex,max_flex} and one row per respondent), made from the problem the engine
 * solved. People are named by their respondent id only, with their household's id and their value in each category:
 * what the lottery used and nothing else. The id and household columns are those {@link DrawRunner#INPUT} records.
 *
 * @param targetsCsv the targets file
 * @param peopleCsv the people file
 */
record VerificationFiles(String targetsCsv, String peopleCsv) {

    static final String ID_COLUMN = "respondent";
    static final String HOUSEHOLD_COLUMN = "household";

    static VerificationFiles of(SelectionProblem problem) {
        return new VerificationFiles(targets(problem), people(problem));
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

    private static String people(SelectionProblem problem) {
        var header = new ArrayList<String>(List.of(ID_COLUMN, HOUSEHOLD_COLUMN));
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
