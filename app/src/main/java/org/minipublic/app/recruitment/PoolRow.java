package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.app.shared.SpreadsheetCells;
import org.minipublic.tableio.Table;

/**
 * Reads one row of a respondent file into a registration, checked by the same rules as the registration form, with
 * each problem named by its row and column.
 */
final class PoolRow {

    /** What a row gives: the person, if nothing is wrong with it, and its problems. */
    record Read(Optional<ImportedRespondent> person, List<ImportProblem> problems) {}

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT)); // 31/02 is no date

    private final Table.Row row;
    private final List<String> header;
    private final PoolColumns.Located columns;
    private final PoolFile.Context context;
    private final List<ImportProblem> problems = new ArrayList<>();

    PoolRow(Table.Row row, List<String> header, PoolColumns.Located columns, PoolFile.Context context) {
        this.row = row;
        this.header = header;
        this.columns = columns;
        this.context = context;
    }

    Read read() {
        var person = new NewRespondent(
                text(PoolColumns.FIRST_NAME),
                text(PoolColumns.LAST_NAME),
                text(PoolColumns.EMAIL),
                text(PoolColumns.PHONE),
                birth(),
                answers(),
                text(PoolColumns.ACCESS_NEEDS),
                text(PoolColumns.LANGUAGE),
                availability(),
                true); // the organiser who imports says, on the check page, that everyone agreed
        String area = area();
        String key = text(PoolColumns.HOUSEHOLD);
        for (var problem : RespondentRules.check(person, context.categories(), context.reference())) {
            add(problem);
        }
        if (key.length() > RespondentRules.MAX_NAME) {
            problems.add(inCell(PoolColumns.HOUSEHOLD, "recruitment.pool-file.too-long", RespondentRules.MAX_NAME));
        }
        var imported = problems.isEmpty()
                ? Optional.of(new ImportedRespondent(row.number(), person, area, key.isEmpty() ? null : key))
                : Optional.<ImportedRespondent>empty();
        return new Read(imported, problems);
    }

    private String text(PoolColumns column) {
        Integer index = columns.fixed().get(column);
        return index == null ? "" : cell(index);
    }

    private String cell(int index) {
        String value = SpreadsheetCells.unquoted(row.cell(index).strip());
        if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(ImportProblem.inCell(row.number(), header.get(index), "recruitment.pool-file.control"));
            return "";
        }
        return value;
    }

    private @Nullable LocalDate birth() {
        String text = text(PoolColumns.DATE_OF_BIRTH);
        if (text.isEmpty()) {
            return null; // the rules say it is missing
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        problems.add(inCell(PoolColumns.DATE_OF_BIRTH, "recruitment.pool-file.date", text));
        return null;
    }

    private NewRespondent.@Nullable Availability availability() {
        String text = text(PoolColumns.AVAILABILITY);
        for (var choice : NewRespondent.Availability.values()) {
            if (choice.name().equalsIgnoreCase(text)) {
                return choice;
            }
        }
        if (!text.isEmpty()) {
            problems.add(inCell(PoolColumns.AVAILABILITY, "recruitment.pool-file.availability", text));
        }
        return null;
    }

    /** Each asked category's value as the category spells it; a value that is not one of its options is a problem. */
    private java.util.Map<CategoryId, String> answers() {
        var answers = new HashMap<CategoryId, String>();
        columns.categories().forEach((category, index) -> {
            String text = cell(index);
            var option = canonical(text, category.options());
            if (option.isPresent()) {
                answers.put(category.id(), option.get());
            } else if (!text.isEmpty()) {
                problems.add(ImportProblem.inCell(
                        row.number(),
                        header.get(index),
                        "recruitment.pool-file.unknown-value",
                        text,
                        String.join(", ", category.options())));
            }
        });
        return answers;
    }

    private String area() {
        String text = text(PoolColumns.AREA);
        if (text.isEmpty() || context.areas().isEmpty()) {
            return text;
        }
        var area = KnownAreas.canonical(text, context.areas());
        if (area.isEmpty()) {
            problems.add(inCell(
                    PoolColumns.AREA, "recruitment.pool-file.unknown-area", text, String.join(", ", context.areas())));
            return text;
        }
        return area.get();
    }

    /** A rule's problem, in the column it is about, unless that cell has a problem already. */
    private void add(FieldProblem problem) {
        String field = problem.field();
        String column = field.startsWith("answers[")
                ? columnOfAnswer(field)
                : PoolColumns.forField(field).map(this::headerOf).orElse(null);
        if (column != null && problems.stream().anyMatch(p -> column.equals(p.column()))) {
            return;
        }
        String key = problem.messageKey().replaceFirst("^registration\\.", "recruitment.pool-file.");
        problems.add(new ImportProblem(row.number(), column, key, problem.arguments()));
    }

    private @Nullable String columnOfAnswer(String field) {
        return columns.categories().entrySet().stream()
                .filter(e -> field.equals("answers[" + e.getKey().id() + "]"))
                .map(e -> header.get(e.getValue()))
                .findFirst()
                .orElse(null);
    }

    private String headerOf(PoolColumns column) {
        Integer index = columns.fixed().get(column);
        return index == null ? column.displayName() : header.get(index);
    }

    private ImportProblem inCell(PoolColumns column, String key, Object... arguments) {
        return new ImportProblem(row.number(), headerOf(column), key, List.of(arguments));
    }

    private static Optional<String> canonical(String text, List<String> values) {
        return values.stream()
                .filter(v -> v.strip().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
