package org.minipublic.grouping.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupingProblem;
import picocli.CommandLine.Option;

/** How many tables each session has: given as a table size or as a number of tables (one of the two). */
final class TableOptions {

    @Option(
            names = "--table-size",
            split = ",",
            paramLabel = "S",
            description = "Most members per table (tables differ by at most one); one value, or one per session.")
    @Nullable
    List<Integer> size;

    @Option(
            names = "--tables",
            split = ",",
            paramLabel = "T",
            description = "Number of tables; one value, or one per session.")
    @Nullable
    List<Integer> count;

    List<Integer> perSession(int members, int sessions) {
        List<Integer> given = size != null ? size : count;
        String option = size != null ? "--table-size" : "--tables";
        if (given == null || given.size() != 1 && given.size() != sessions) {
            throw new IllegalArgumentException(option + " needs one value or one per session (" + sessions + ")");
        }
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int value = given.get(given.size() == 1 ? 0 : s);
            result.add(
                    size != null
                            ? GroupingProblem.tablesForSize(members, value, 1).get(0)
                            : tables(value, members));
        }
        return result;
    }

    private static int tables(int value, int members) {
        if (value < 1 || value > members) {
            throw new IllegalArgumentException(
                    "--tables must be between 1 and the " + members + " people to seat, got " + value);
        }
        return value;
    }
}
