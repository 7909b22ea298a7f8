package org.minipublic.app.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/** Reads one row of a member file into a member, collecting what is wrong with its cells. */
final class MemberRow {

    /** What a row gives: the member (if it could be read), their payment, and its problems. */
    record Read(NewMember member, Payment payment, List<ImportProblem> problems) {}

    private static final List<String> YES = List.of("yes", "y", "true", "1", "x");
    private static final List<String> NO = List.of("no", "n", "false", "0", "");

    private final Table.Row row;
    private final List<String> header;
    private final Map<MemberColumns, Integer> columns;
    private final Map<Integer, String> categories;
    private final List<ImportProblem> problems = new ArrayList<>();

    MemberRow(
            Table.Row row, List<String> header, Map<MemberColumns, Integer> columns, Map<Integer, String> categories) {
        this.row = row;
        this.header = header;
        this.columns = columns;
        this.categories = categories;
    }

    int number() {
        return row.number();
    }

    Read read() {
        String language = text(MemberColumns.LANGUAGE);
        var profile = new MemberProfile(
                text(MemberColumns.FIRST_NAME),
                text(MemberColumns.LAST_NAME),
                text(MemberColumns.EMAIL),
                text(MemberColumns.PHONE),
                language.isEmpty() ? "en" : language,
                yesNo(MemberColumns.INTERPRETER),
                text(MemberColumns.ACCESS_NEEDS));
        var member = new NewMember(profile, values(), null);
        for (var problem : MemberRules.check(profile)) {
            var column = MemberColumns.forField(problem.field());
            problems.add(inCell(headerOf(column), problem.messageKey(), problem.arguments()));
        }
        var payment = new Payment(pence(MemberColumns.HONORARIUM), pence(MemberColumns.EXPENSES), false, false);
        return new Read(member, payment, problems);
    }

    private String text(MemberColumns column) {
        Integer index = columns.get(column);
        return index == null ? "" : cell(index);
    }

    private String cell(int index) {
        String value = row.cell(index).strip();
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.add(inCell(header.get(index), "members.import.control", List.of()));
            return "";
        }
        return value;
    }

    private boolean yesNo(MemberColumns column) {
        String value = text(column).toLowerCase(Locale.ROOT);
        if (!YES.contains(value) && !NO.contains(value)) {
            problems.add(inCell(headerOf(column), "members.import.yes-no", List.of()));
        }
        return YES.contains(value);
    }

    private long pence(MemberColumns column) {
        var pence = Money.parsePence(text(column));
        if (pence.isEmpty()) {
            problems.add(inCell(headerOf(column), "members.import.amount", List.of()));
            return 0;
        }
        return pence.getAsLong();
    }

    private Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        categories.forEach((index, category) -> {
            String value = cell(index);
            if (value.length() > MemberRules.MAX_NAME) {
                problems.add(inCell(category, "members.too-long", List.of(MemberRules.MAX_NAME)));
            } else if (!value.isEmpty()) {
                values.put(category, value);
            }
        });
        return values;
    }

    private String headerOf(MemberColumns column) {
        Integer index = columns.get(column);
        return index == null ? column.displayName() : header.get(index);
    }

    private ImportProblem inCell(String column, String key, List<Object> arguments) {
        return new ImportProblem(row.number(), column, key, arguments);
    }
}
