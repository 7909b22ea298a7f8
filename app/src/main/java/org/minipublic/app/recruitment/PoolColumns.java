package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * The columns of a respondent file, each under the names spreadsheets commonly give it (the first is the one exports
 * write), and one column per asked category, named like the category. Headers match whatever their case, spacing,
 * hyphens or underscores. The area is required when the assembly stratifies by area.
 */
enum PoolColumns {
    FIRST_NAME(true, "firstName", "first name", "given name", "forename", "firstname"),
    LAST_NAME(true, "lastName", "last name", "surname", "family name", "lastname"),
    EMAIL(false, "email", "email", "e-mail", "email address", "e-mail address"),
    PHONE(false, "phone", "phone", "phone number", "telephone", "mobile"),
    DATE_OF_BIRTH(true, "dateOfBirth", "date of birth", "birth date", "dob", "dateofbirth"),
    AREA(false, "area", "area", "ward", "district"),
    LANGUAGE(true, "language", "language", "preferred language"),
    AVAILABILITY(true, "availability", "availability", "available"),
    ACCESS_NEEDS(false, "accessNeeds", "access needs", "access and support needs", "support needs"),
    HOUSEHOLD(false, "household", "household", "household key", "household id");

    private final boolean required;
    private final String field;
    private final List<String> names;

    PoolColumns(boolean required, String field, String... names) {
        this.required = required;
        this.field = field;
        this.names = List.of(names);
    }

    /** The header exports write and messages use. */
    String displayName() {
        return names.get(0);
    }

    /** The column a registration field's problem belongs to, if one does. */
    static java.util.Optional<PoolColumns> forField(String field) {
        for (var column : values()) {
            if (column.field.equals(field)) {
                return java.util.Optional.of(column);
            }
        }
        return java.util.Optional.empty();
    }

    /** Where the file's columns are: the fixed ones and each asked category's. */
    record Located(Map<PoolColumns, Integer> fixed, Map<Category, Integer> categories) {}

    /**
     * Finds every column; the problems name each required column that is missing and each column nobody knows,
     * so that a misspelt category is not silently left out.
     */
    static Located locate(Table table, List<Category> categoriesOfAssembly, List<ImportProblem> problems) {
        var fixed = new EnumMap<PoolColumns, Integer>(PoolColumns.class);
        var areaCategory = categoriesOfAssembly.stream()
                .filter(c -> c.kind() == Category.Kind.AREA)
                .findFirst();
        boolean byArea = areaCategory.isPresent();
        for (var column : values()) {
            var names = new ArrayList<>(column.names);
            if (column == AREA) {
                areaCategory.ifPresent(c -> names.add(c.name())); // the area column may carry the category's name
            }
            table.columnNamed(names).ifPresentOrElse(index -> fixed.put(column, index), () -> {
                if (column.required || (column == AREA && byArea)) {
                    problems.add(ImportProblem.ofFile("recruitment.pool-file.missing-column", column.displayName()));
                }
            });
        }
        if (!fixed.containsKey(EMAIL) && !fixed.containsKey(PHONE)) {
            problems.add(ImportProblem.ofFile("recruitment.pool-file.no-contact-column"));
        }
        var categories = new LinkedHashMap<Category, Integer>();
        for (var category : categoriesOfAssembly) {
            if (category.kind() == Category.Kind.ASKED) {
                table.columnNamed(List.of(category.name()))
                        .ifPresentOrElse(
                                index -> categories.put(category, index),
                                () -> problems.add(
                                        ImportProblem.ofFile("recruitment.pool-file.missing-column", category.name())));
            }
        }
        unknown(table, fixed, categories, problems);
        return new Located(fixed, categories);
    }

    private static void unknown(
            Table table,
            Map<PoolColumns, Integer> fixed,
            Map<Category, Integer> categories,
            List<ImportProblem> problems) {
        var taken = new HashSet<Integer>(fixed.values());
        taken.addAll(categories.values());
        var unknown = new ArrayList<String>();
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i).strip();
            if (!taken.contains(i) && !header.isEmpty()) {
                unknown.add(header);
            }
        }
        unknown.forEach(header -> problems.add(ImportProblem.ofFile("recruitment.pool-file.unknown-column", header)));
    }
}
