package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.Alternates;
import org.minipublic.sortition.Reserves;
import org.minipublic.sortition.StayRates;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "alternates",
        mixinStandardHelpOptions = true,
        description = "Choose at most B alternates for a drawn panel that keep it closest to its targets after"
                + " dropouts, given each value's chance of staying (Assos, Baharav, Flanigan and Procaccia). Writes"
                + " alternates.csv and compares the expected deviation with the first B of the ranked reserve list.")
final class AlternatesCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--panel", required = true, paramLabel = "FILE", description = "The drawn panel (selected.csv).")
    Path panel;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "The draw's seed (ranks the reserves).")
    long seed;

    @Option(names = "--budget", required = true, paramLabel = "B", description = "At most this many alternates.")
    int budget;

    @Option(
            names = "--stay-rates",
            required = true,
            paramLabel = "FILE",
            description = "category,value,stay_rate: each value's chance (0 to 1) that a member stays; values not"
                    + " listed count as 1. A member's chance is the product of their values' rates.")
    Path stayRates;

    @Option(
            names = "--scenarios",
            defaultValue = "100",
            paramLabel = "S",
            description = "Dropout scenarios to sample (default ${DEFAULT-VALUE}).")
    int scenarios;

    @Option(
            names = "--open-seats",
            defaultValue = "0",
            paramLabel = "N",
            description = "Seats already open: members who withdrew and were not replaced yet (default"
                    + " ${DEFAULT-VALUE}). Leave them out of the panel file; the alternates fill these seats in every"
                    + " scenario as well as the dropouts to come.")
    int openSeats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for alternates.csv.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var read = inputs.read();
        var rates = readRates(stayRates, read.targets());
        var members = panel(read.pool().respondents());
        var reserves = Reserves.ranked(read.pool(), members, seed);
        if (budget < 0 || budget > reserves.size()) {
            throw InputException.of(
                    "--budget",
                    "must be between 0 and the " + reserves.size() + " people on the reserve list, got " + budget);
        }
        if (openSeats < 0) {
            throw InputException.of("--open-seats", "must be 0 or more, got " + openSeats);
        }
        var choice =
                Alternates.choose(read.targets(), members, openSeats, reserves, rates, budget, scenarios, seed, 120);
        write(choice.alternates(), read.pool().header());
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Chose %d alternates for %d open seats and the dropouts to come. Expected deviation from the"
                                + " targets after dropouts (%d fresh scenarios):"
                                + " %.3f with them, %.3f with the first %d of the reserve list, %.3f with none.%s%n"
                                + "Results in %s%n",
                        choice.alternates().size(),
                        openSeats,
                        choice.scenarios(),
                        choice.expectedDeviation(),
                        choice.reserveListDeviation(),
                        budget,
                        choice.withoutAlternates(),
                        choice.optimal() ? "" : " (the best found in the time limit, not proved optimal)",
                        out.toAbsolutePath());
        return 0;
    }

    /**
     * The stay rates, with every problem named by row and column; nothing is used unless all rows are good. A value
     * given twice is a problem even with the same rate: one of the rows is a mistake, and which one is for the
     * organisers to say.
     */
    static StayRates readRates(Path file, Targets targets) {
        var table = TextFiles.table(file);
        int category = table.requireColumn("category", "the category");
        int value = table.requireColumn("value", "the value");
        int rate = table.requireColumn("stay_rate", "the chance of staying");
        String name = file.getFileName().toString();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Map<String, Double>> rates = new LinkedHashMap<>();
        Map<List<String>, Integer> rowOf = new HashMap<>();
        for (var row : table.rows()) {
            var problem = problem(targets, row, category, value, rate);
            if (problem != null) {
                problems.add(new InputProblem(name, row.number(), problem[0], problem[1]));
                continue;
            }
            var known = targets.category(row.cell(category)).orElseThrow();
            String knownValue = known.targets()
                    .get(known.indexOf(row.cell(value)).orElseThrow())
                    .value();
            Integer earlier = rowOf.putIfAbsent(List.of(known.name(), knownValue), row.number());
            if (earlier != null) {
                problems.add(new InputProblem(
                        name,
                        row.number(),
                        "value",
                        "'" + knownValue + "' of category '" + known.name() + "' has a stay rate in row " + earlier
                                + " already; give each value once"));
                continue;
            }
            rates.computeIfAbsent(known.name(), unused -> new HashMap<>())
                    .put(knownValue, Double.parseDouble(row.cell(rate)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new StayRates(rates);
    }

    /** What is wrong with a row of the stay rates, as {column, message}, or {@code null} when nothing is. */
    private static String @Nullable [] problem(Targets targets, Table.Row row, int category, int value, int rate) {
        var known = targets.category(row.cell(category));
        if (known.isEmpty()) {
            return new String[] {"category", "'" + row.cell(category) + "' is not a category of the targets"};
        }
        if (known.get().indexOf(row.cell(value)).isEmpty()) {
            return new String[] {
                "value", "'" + row.cell(value) + "' is not a value of category '" + row.cell(category) + "'"
            };
        }
        double parsed;
        try {
            parsed = Double.parseDouble(row.cell(rate));
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        return parsed >= 0 && parsed <= 1
                ? null
                : new String[] {"stay_rate", "'" + row.cell(rate) + "' is not a chance between 0 and 1"};
    }

    private List<Respondent> panel(List<Respondent> pool) {
        var table = TextFiles.table(panel);
        int column = inputs.idColumn != null
                ? table.requireColumn(inputs.idColumn, "the members' ids")
                : table.columnNamed(List.of("id", "unique_id", "nationbuilder_id"))
                        .orElseThrow(() -> InputException.of(
                                panel.getFileName().toString(),
                                "has no id column (id, unique_id or nationbuilder_id)"));
        Map<String, Respondent> byId = new HashMap<>();
        pool.forEach(r -> byId.put(r.id().value(), r));
        List<Respondent> members = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (var row : table.rows()) {
            var member = byId.get(row.cell(column));
            if (member == null) {
                problems.add(new InputProblem(
                        panel.getFileName().toString(),
                        row.number(),
                        table.header().get(column),
                        "'" + row.cell(column) + "' is not in the people file"));
            } else {
                members.add(member);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return members;
    }

    private void write(List<Respondent> alternates, List<String> header) throws IOException {
        Files.createDirectories(out);
        try (var writer = Files.newBufferedWriter(out.resolve("alternates.csv"));
                var csv = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> head = new ArrayList<>(List.of("rank"));
            head.addAll(header);
            csv.printRecord(head);
            int rank = 1;
            for (var r : alternates) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(rank++)));
                row.addAll(r.columns());
                csv.printRecord(row);
            }
        }
    }
}
