package org.minipublic.sortition.pool;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One respondent who may be selected.
 *
 * @param values the respondent's value in each category, in the order of the targets' categories, as the targets
 *     spell them
 * @param household a key shared by respondents at the same address, or {@code null} when the address is unknown
 *     (an empty address is no household)
 * @param row the respondent's 1-based data row in the input, for messages and for ids of inputs without id column
 * @param columns every column of the input row, passed through to outputs
 */
public record Respondent(
        RespondentId id, List<String> values, @Nullable String household, int row, List<String> columns) {

    public Respondent {
        Objects.requireNonNull(id);
        values = List.copyOf(values);
        columns = List.copyOf(columns);
    }
}
