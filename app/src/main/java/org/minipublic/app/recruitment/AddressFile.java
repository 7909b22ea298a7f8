package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * An uploaded address file checked row by row against the rules and against the addresses already on the list.
 * Rows with errors block the whole import; a row that repeats an earlier row or an address already listed is
 * skipped and reported, so importing the same file twice adds nothing.
 */
final class AddressFile {

    /** A row that will be imported. */
    record Entry(int row, Address address) {}

    /** A row left out because its address is already there. */
    record Skipped(int row, @Nullable Integer sameAsRow) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final int rows;

    private AddressFile(int rows) {
        this.rows = rows;
    }

    /**
     * @param listed the match keys and property references of the addresses already on the list
     */
    static AddressFile check(Table table, Set<String> listed) {
        var file = new AddressFile(table.rows().size());
        var columns = AddressColumns.locate(table, file.errors);
        if (!file.errors.isEmpty()) {
            return file;
        }
        var seen = new HashMap<String, Integer>();
        for (var row : table.rows()) {
            file.checkRow(row, columns, table.header(), listed, seen);
        }
        if (table.rows().isEmpty()) {
            file.errors.add(ImportProblem.ofFile("recruitment.import.no-rows"));
        }
        return file;
    }

    private void checkRow(
            Table.Row row,
            Map<AddressColumns, Integer> columns,
            List<String> header,
            Set<String> listed,
            Map<String, Integer> seen) {
        int before = errors.size();
        var address = read(row, columns, header);
        if (errors.size() > before) {
            return;
        }
        var keys = keys(address);
        Integer earlier =
                keys.stream().map(seen::get).filter(r -> r != null).findFirst().orElse(null);
        if (earlier != null || keys.stream().anyMatch(listed::contains)) {
            skipped.add(new Skipped(row.number(), earlier));
            return;
        }
        keys.forEach(key -> seen.put(key, row.number()));
        entries.add(new Entry(row.number(), address));
    }

    /** What identifies an address for duplicates: its normalised text, and its property reference if it has one. */
    static List<String> keys(Address address) {
        String reference = address.propertyReference();
        return reference == null ? List.of(address.matchKey()) : List.of(address.matchKey(), "ref:" + reference);
    }

    private Address read(Table.Row row, Map<AddressColumns, Integer> columns, List<String> header) {
        var cells = new CellReader(row, columns, header);
        var address = new Address(
                cells.text(AddressColumns.LINE1, true),
                cells.text(AddressColumns.LINE2, false),
                cells.text(AddressColumns.LINE3, false),
                cells.text(AddressColumns.TOWN, false),
                cells.text(AddressColumns.POSTCODE, true).toUpperCase(java.util.Locale.ROOT),
                cells.text(AddressColumns.AREA, true),
                nullIfBlank(cells.text(AddressColumns.PROPERTY_REFERENCE, false)));
        errors.addAll(cells.problems);
        return address;
    }

    private static @Nullable String nullIfBlank(String text) {
        return text.isBlank() ? null : text;
    }

    List<Entry> entries() {
        return entries;
    }

    List<Skipped> skipped() {
        return skipped;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    int rows() {
        return rows;
    }

    boolean canImport() {
        return errors.isEmpty();
    }

    SortedMap<String, Integer> perArea() {
        var counts = new TreeMap<String, Integer>();
        entries.forEach(e -> counts.merge(e.address().area(), 1, Integer::sum));
        return counts;
    }

    /** Reads the cells of one row, collecting what is wrong with them. */
    private static final class CellReader {
        private final Table.Row row;
        private final Map<AddressColumns, Integer> columns;
        private final List<String> header;
        private final List<ImportProblem> problems = new ArrayList<>();

        CellReader(Table.Row row, Map<AddressColumns, Integer> columns, List<String> header) {
            this.row = row;
            this.columns = columns;
            this.header = header;
        }

        String text(AddressColumns column, boolean required) {
            Integer index = columns.get(column);
            if (index == null) {
                return "";
            }
            String value = row.cell(index).replaceAll("\\s+", " ").strip();
            if (required && value.isEmpty()) {
                problems.add(ImportProblem.inCell(row.number(), header.get(index), "recruitment.import.required"));
            } else if (value.length() > Address.MAX_FIELD) {
                problems.add(ImportProblem.inCell(
                        row.number(), header.get(index), "recruitment.import.too-long", Address.MAX_FIELD));
            } else if (value.chars().anyMatch(Character::isISOControl)) {
                problems.add(ImportProblem.inCell(row.number(), header.get(index), "recruitment.import.control"));
            }
            return value;
        }
    }
}
