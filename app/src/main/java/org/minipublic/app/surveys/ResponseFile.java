package org.minipublic.app.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * A file of responses exported by another survey tool, read against a survey: each column matched to a question (by
 * the question's key or its wording, unless the organiser chose), then every row checked as if typed into the form.
 */
final class ResponseFile {

    static final int MAX_ROWS = 50_000;
    static final int MAX_COLUMNS = 300;
    /** Rows × columns: what one import may hold in memory and send to the database at once. */
    static final int MAX_CELLS = 1_500_000;

    static final int PROBLEMS_SHOWN = 100;

    private final List<ColumnMatch> columns = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<List<Answer>> responses = new ArrayList<>();
    private final int rows;

    private ResponseFile(int rows) {
        this.rows = rows;
    }

    /** @param chosen the organiser's choice of question per column (key, or blank to leave out); null to match */
    static ResponseFile check(Survey survey, Table table, @Nullable Map<Integer, String> chosen) {
        var file = new ResponseFile(table.rows().size());
        if (table.header().size() > MAX_COLUMNS) {
            file.problems.add(ImportProblem.ofFile("surveys.import.too-many-columns", MAX_COLUMNS));
            return file;
        }
        if ((long) table.header().size() * table.rows().size() > MAX_CELLS) {
            file.problems.add(ImportProblem.ofFile("surveys.import.too-many-cells", MAX_CELLS));
            return file;
        }
        file.match(survey, table, chosen);
        if (table.rows().isEmpty()) {
            file.problems.add(ImportProblem.ofFile("surveys.import.no-rows"));
        }
        if (table.rows().size() > MAX_ROWS) {
            file.problems.add(ImportProblem.ofFile("surveys.import.too-many-rows", MAX_ROWS));
        }
        if (!file.problems.isEmpty()) {
            return file;
        }
        var byQuestion = new HashMap<QuestionId, Integer>();
        for (var column : file.columns) {
            if (column.key() != null) {
                survey.questions().stream()
                        .filter(q -> q.key().equals(column.key()))
                        .forEach(q -> byQuestion.put(q.id(), column.index()));
            }
        }
        for (var row : table.rows()) {
            file.checkRow(survey, table, row, byQuestion);
        }
        return file;
    }

    private void match(Survey survey, Table table, @Nullable Map<Integer, String> chosen) {
        var used = new HashSet<String>();
        for (int c = 0; c < table.header().size(); c++) {
            var header = table.header().get(c);
            String key = chosen != null ? known(survey, chosen.get(c)) : guess(survey, header);
            if (key != null && !used.add(key)) {
                problems.add(ImportProblem.inCell(1, header, "surveys.import.matched-twice", key));
            }
            columns.add(new ColumnMatch(c, header, key));
        }
        for (var question : survey.questions()) {
            if (question.required() && question.showIf() == null && !used.contains(question.key())) {
                problems.add(ImportProblem.ofFile("surveys.import.required-missing", question.key()));
            }
        }
    }

    private void checkRow(Survey survey, Table table, Table.Row row, Map<QuestionId, Integer> byQuestion) {
        var sheet = AnswerSheet.check(
                survey,
                question -> {
                    var column = byQuestion.get(question.id());
                    var value = column == null ? "" : row.cell(column);
                    return value.isBlank() ? List.of() : List.of(value);
                },
                true);
        for (var problem : sheet.problems().values()) {
            var column = byQuestion.get(problem.question());
            var header = column != null
                    ? table.header().get(column)
                    : survey.question(problem.question()).map(Question::key).orElse("");
            problems.add(ImportProblem.inCell(
                    row.number(), header, problem.key(), problem.arguments().toArray()));
        }
        if (sheet.ok() && sheet.isEmpty()) {
            problems.add(ImportProblem.inRow(row.number(), "surveys.import.empty-row"));
        }
        responses.add(sheet.answers());
    }

    private static @Nullable String known(Survey survey, @Nullable String key) {
        return key == null || survey.questions().stream().noneMatch(q -> q.key().equals(key)) ? null : key;
    }

    /** The question whose key or wording (in any language) the header names, ignoring case and spacing. */
    private static @Nullable String guess(Survey survey, String header) {
        var wanted = Table.loose(header);
        for (var question : survey.questions()) {
            if (Table.loose(question.key()).equals(wanted)) {
                return question.key();
            }
        }
        for (var question : survey.questions()) {
            for (var text : question.texts().values()) {
                if (Table.loose(text.prompt()).equals(wanted)) {
                    return question.key();
                }
            }
        }
        return null;
    }

    List<ColumnMatch> columns() {
        return List.copyOf(columns);
    }

    /** Every problem, in row order. */
    List<ImportProblem> problems() {
        return problems.stream()
                .sorted(java.util.Comparator.comparingInt(ImportProblem::row))
                .toList();
    }

    List<List<Answer>> responses() {
        return List.copyOf(responses);
    }

    int rows() {
        return rows;
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
