package org.minipublic.app.surveys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How often each code was given to a question's answers, a code counting also the answers given any code under it
 * (each answer once), optionally broken down by the answers to a choice question.
 *
 * @param coded how many answers carry at least one code
 * @param columns the options of the question broken down by, empty when there is none
 */
public record CodeCounts(int coded, @Nullable Question by, List<String> columns, List<Line> lines) {

    /** @param byColumn how many answers with this code came from people who chose each column's option */
    public record Line(Code code, int count, double percent, List<Integer> byColumn) {

        public Line {
            byColumn = List.copyOf(byColumn);
        }
    }

    public CodeCounts {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }
}
