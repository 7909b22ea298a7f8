package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * The columns an address file may have, each under the names that address files from councils and mailing houses
 * commonly use. Headers match whatever their case, spacing, hyphens or underscores.
 */
enum AddressColumns {
    LINE1(true, "address line 1", "address 1", "address1", "line 1", "address"),
    LINE2(false, "address line 2", "address 2", "address2", "line 2"),
    LINE3(false, "address line 3", "address 3", "address3", "line 3"),
    TOWN(false, "town", "city", "post town"),
    POSTCODE(true, "postcode", "post code", "postal code", "zip", "zip code"),
    AREA(true, "area", "ward", "district"),
    PROPERTY_REFERENCE(false, "property reference", "uprn", "property ref", "reference");

    private final boolean required;
    private final List<String> names;

    AddressColumns(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** The name the help text and messages use. */
    String displayName() {
        return names.get(0);
    }

    /** Where each column is in the file; the problems list names every required column that is missing. */
    static Map<AddressColumns, Integer> locate(Table table, List<ImportProblem> problems) {
        var found = new EnumMap<AddressColumns, Integer>(AddressColumns.class);
        for (var column : values()) {
            column.find(table.header()).ifPresentOrElse(index -> found.put(column, index), () -> {
                if (column.required) {
                    problems.add(ImportProblem.ofFile("recruitment.import.missing-column", column.displayName()));
                }
            });
        }
        return found;
    }

    private Optional<Integer> find(List<String> header) {
        var normalised = new ArrayList<String>();
        header.forEach(h -> normalised.add(normalise(h)));
        return names.stream().map(normalised::indexOf).filter(i -> i >= 0).findFirst();
    }

    private static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }
}
