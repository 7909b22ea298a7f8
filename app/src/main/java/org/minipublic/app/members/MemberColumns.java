package org.minipublic.app.members;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * The columns a member file may have, each under the names spreadsheets commonly give it. Any other column with a
 * header is a stratification category ({@code Gender}, {@code Age band}) whose cells are the members' values.
 */
enum MemberColumns {
    FIRST_NAME(true, "firstName", "first name", "given name", "forename", "first names"),
    LAST_NAME(true, "lastName", "last name", "surname", "family name"),
    EMAIL(false, "email", "email", "e-mail", "email address", "e-mail address"),
    PHONE(false, "phone", "phone", "phone number", "telephone", "mobile"),
    LANGUAGE(false, "language", "language", "preferred language"),
    INTERPRETER(false, "interpreter", "interpreter", "needs interpreter", "interpreter needed"),
    ACCESS_NEEDS(false, "accessNeeds", "access needs", "access and support needs", "support needs"),
    HONORARIUM(false, "honorarium", "honorarium", "honorarium gbp"),
    EXPENSES(false, "expenses", "expenses", "expenses gbp");

    private final boolean required;
    private final String field;
    private final List<String> names;

    MemberColumns(boolean required, String field, String... names) {
        this.required = required;
        this.field = field;
        this.names = List.of(names);
    }

    /** The name the help text and messages use. */
    String displayName() {
        return names.get(0);
    }

    /** The column whose cell a form field's problem belongs to. */
    static MemberColumns forField(String field) {
        for (var column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return FIRST_NAME;
    }

    /** Where each column is in the file; the problems list names every required column that is missing. */
    static Map<MemberColumns, Integer> locate(Table table, List<ImportProblem> problems) {
        var found = new EnumMap<MemberColumns, Integer>(MemberColumns.class);
        for (var column : values()) {
            table.columnNamed(column.names).ifPresentOrElse(index -> found.put(column, index), () -> {
                if (column.required) {
                    problems.add(
                            new ImportProblem(0, null, "members.import.missing-column", List.of(column.displayName())));
                }
            });
        }
        return found;
    }

    /** The other columns with a header: the categories, by index. */
    static Map<Integer, String> categories(Table table, Map<MemberColumns, Integer> known) {
        Set<Integer> taken = new HashSet<>(known.values());
        var categories = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i).strip();
            if (!taken.contains(i) && !header.isEmpty() && !categories.containsValue(header)) {
                categories.put(i, header);
            }
        }
        return categories;
    }
}
