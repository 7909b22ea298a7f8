package org.minipublic.sortition.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the people file was read, which a re-run needs.
 *
 * @param idColumn the id column, or {@code null} when ids are data row numbers
 * @param addressColumns the columns that together make a household's address
 */
public record InputSettings(@Nullable String idColumn, List<String> addressColumns) {

    public InputSettings {
        addressColumns = List.copyOf(addressColumns);
    }
}
