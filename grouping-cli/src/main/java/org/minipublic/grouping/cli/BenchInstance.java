package org.minipublic.grouping.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.io.MembersReader;
import org.minipublic.grouping.model.Rules;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;

/**
 * One benchmark instance, a row of {@code manifest.csv}: {@code name,file,id_column,diversify,table_size,sessions} and
 * optionally {@code cluster} (attribute lists separated by semicolons).
 */
record BenchInstance(String name, GroupingProblem problem) {

    static BenchInstance read(Path directory, Table manifest, Table.Row row, long seed, Duration limit, double band) {
        List<String> diversify = List.of(row.cell(3).split(";"));
        List<String> cluster = manifest.column("cluster")
                .map(row::cell)
                .filter(c -> !c.isBlank())
                .map(c -> List.of(c.split(";")))
                .orElse(List.of());
        List<String> attributes = new ArrayList<>(diversify);
        attributes.addAll(cluster);
        var members =
                MembersReader.read(TableReader.read(directory.resolve(row.cell(1))), row.cell(2), null, attributes);
        int tableSize = Integer.parseInt(row.cell(4));
        int sessions = Integer.parseInt(row.cell(5));
        var tables = GroupingProblem.tablesForSize(members.size(), tableSize, sessions);
        var problem = new GroupingProblem(
                members, List.of(), diversify, cluster, tables, Rules.none(), Map.of(), seed, limit, band);
        return new BenchInstance(row.cell(0), problem);
    }

    int members() {
        return problem.members().size();
    }

    /** As the tables show it: "6 × 10" for 6 tables in each of 10 sessions. */
    String shape() {
        return problem.tablesPerSession().get(0) + " × " + problem.sessions();
    }
}
