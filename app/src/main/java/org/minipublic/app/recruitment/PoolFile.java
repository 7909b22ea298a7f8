package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * A respondent file checked row by row. Any problem blocks the whole import, and each names its row and column: a
 * cell that breaks a registration rule, a value that is not one of its category's options, an area the assembly does
 * not know, and someone who appears twice in the file or is in the pool already (same e-mail address, phone number,
 * or name and date of birth).
 */
final class PoolFile {

    static final int MAX_ROWS = 20_000;

    /**
     * What a file is checked against.
     *
     * @param areas the areas the assembly knows (its area category's options and the address list's areas), or empty
     *     to accept any
     * @param inPool the duplicate keys of the people registered in the pool now
     */
    record Context(List<Category> categories, LocalDate reference, List<String> areas, Set<DuplicateKeys.Key> inPool) {}

    private final List<ImportedRespondent> entries = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final int rows;

    private PoolFile(int rows) {
        this.rows = rows;
    }

    static PoolFile check(Table table, Context context) {
        var file = new PoolFile(table.rows().size());
        if (table.rows().size() > MAX_ROWS) {
            file.errors.add(ImportProblem.ofFile("recruitment.pool-file.too-many-rows", MAX_ROWS));
            return file;
        }
        var columns = PoolColumns.locate(table, context.categories(), file.errors);
        if (!file.errors.isEmpty()) {
            return file;
        }
        if (table.rows().isEmpty()) {
            file.errors.add(ImportProblem.ofFile("recruitment.pool-file.no-rows"));
        }
        var seen = new HashMap<DuplicateKeys.Key, Integer>();
        for (var row : table.rows()) {
            var read = new PoolRow(row, table.header(), columns, context).read();
            file.errors.addAll(read.problems());
            read.person().ifPresent(person -> file.duplicates(person, context.inPool(), seen, table, columns));
        }
        return file;
    }

    /** Reports the row if it is the same person as an earlier row or as someone in the pool; keeps it otherwise. */
    private void duplicates(
            ImportedRespondent person,
            Set<DuplicateKeys.Key> inPool,
            Map<DuplicateKeys.Key, Integer> seen,
            Table table,
            PoolColumns.Located columns) {
        int before = errors.size();
        for (var key : DuplicateKeys.of(person.person())) {
            String column = columnOf(key.kind(), table, columns);
            Integer earlier = seen.get(key);
            if (earlier != null) {
                errors.add(new ImportProblem(
                        person.row(), column, "recruitment.pool-file.same-as-row." + key.kind(), List.of(earlier)));
            } else if (inPool.contains(key)) {
                errors.add(new ImportProblem(
                        person.row(), column, "recruitment.pool-file.in-pool." + key.kind(), List.of()));
            } else {
                seen.put(key, person.row());
            }
        }
        if (errors.size() == before) {
            entries.add(person);
        }
    }

    private static @org.jspecify.annotations.Nullable String columnOf(
            DuplicateKeys.Kind kind, Table table, PoolColumns.Located columns) {
        var column =
                switch (kind) {
                    case EMAIL -> PoolColumns.EMAIL;
                    case PHONE -> PoolColumns.PHONE;
                    case NAME_AND_BIRTH -> null; // several columns together: the message says which
                };
        Integer index = column == null ? null : columns.fixed().get(column);
        return index == null ? null : table.header().get(index);
    }

    List<ImportedRespondent> entries() {
        return entries;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    int rows() {
        return rows;
    }

    boolean canImport() {
        return errors.isEmpty() && !entries.isEmpty();
    }

    /** How many people the file would add per area (empty area: the assembly does not stratify by area). */
    SortedMap<String, Integer> perArea() {
        var counts = new TreeMap<String, Integer>();
        entries.forEach(e -> counts.merge(e.area(), 1, Integer::sum));
        return counts;
    }

    /** How many households the people to add make for the lottery. */
    int households() {
        var keys = new HashSet<String>();
        int alone = 0;
        for (var entry : entries) {
            if (entry.householdKey() == null) {
                alone++;
            } else {
                keys.add(entry.householdKey().strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return alone + keys.size();
    }
}
