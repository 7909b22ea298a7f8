package org.minipublic.sortition.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check the inputs and whether the targets can be met; if not, name the targets that conflict and"
                + " suggest the smallest change within min_flex/max_flex. Exit code 3 when they cannot be met.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--panel-size", required = true, paramLabel = "K", description = "Seats on the panel.")
    int panelSize;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var read = inputs.read();
        var feasibility = FeasibilityCheck.check(read.pool(), read.targets(), panelSize);
        var out = spec.commandLine().getOut();
        if (feasibility.feasible()) {
            out.printf(
                    "The targets can be met: %d respondents, %d categories, a panel of %d.%n",
                    read.pool().size(), read.targets().categories().size(), panelSize);
        } else {
            out.println("The targets cannot be met:");
            feasibility.problems().forEach(p -> out.println("  " + p));
        }
        if (json != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("feasible", feasibility.feasible());
            data.put("problems", feasibility.problems());
            data.put("conflicts", feasibility.conflicts());
            data.put("relaxation", feasibility.relaxation());
            data.put("relaxation_possible", feasibility.relaxationPossible());
            Files.writeString(
                    json,
                    JsonMapper.builder()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .build()
                            .writeValueAsString(data),
                    StandardCharsets.UTF_8);
        }
        return feasibility.feasible() ? 0 : SortitionCli.INFEASIBLE;
    }
}
