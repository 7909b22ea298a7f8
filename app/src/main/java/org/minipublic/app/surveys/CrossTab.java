package org.minipublic.app.surveys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answers to one question broken down by the answers to another (for example, how safe people feel by age band).
 *
 * @param rows one per option of the question broken down by, in order
 * @param columns the labels of the options of the question counted
 */
public record CrossTab(Question by, Question counted, List<String> columns, List<Row> rows) {

    /**
     * @param counts how many in this row chose each column's option
     * @param answered how many in this row answered the counted question
     * @param mean the row's mean, for a scale
     */
    public record Row(String label, List<Integer> counts, int answered, @Nullable Double mean) {

        public Row {
            counts = List.copyOf(counts);
        }

        /** A cell as a percentage of the row's respondents. */
        public double percent(int column) {
            return answered == 0 ? 0 : 100.0 * counts.get(column) / answered;
        }
    }

    public CrossTab {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
