package org.minipublic.grouping.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.model.Layout;
import org.minipublic.tableio.TableReader;

/** Plans made by other tools for a benchmark instance, as {@code NAME.TOOL.csv} files of {@code session,table,id}. */
final class ExternalPlans {

    private ExternalPlans() {}

    static List<Path> find(@Nullable Path directory, String name) throws IOException {
        if (directory == null) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "."))
                    .sorted()
                    .toList();
        }
    }

    /** The TOOL of NAME.TOOL.csv. */
    static String tool(Path file, String name) {
        return file.getFileName().toString().substring(name.length() + 1).replaceFirst("\\.csv$", "");
    }

    /** {@code tableOf[s][p]}, sessions and tables numbered from 0 as the engine numbers them. */
    static int[][] read(Path file, GroupingProblem problem, Layout layout) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < layout.members(); p++) {
            index.put(problem.members().get(p).id().value(), p);
        }
        int[][] tableOf = new int[layout.sessions()][layout.members()];
        for (int[] row : tableOf) {
            Arrays.fill(row, -1);
        }
        for (var row : TableReader.read(file).rows()) {
            int s = Integer.parseInt(row.cell(0)) - 1;
            Integer member = index.get(row.cell(2));
            if (member == null) {
                throw new IllegalArgumentException(file + " row " + row.number() + ": no member " + row.cell(2));
            }
            tableOf[s][member] = Integer.parseInt(row.cell(1)) - 1;
        }
        return tableOf;
    }
}
