package org.minipublic.sortition.cli;

import java.nio.file.Path;
import java.util.List;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.target.Targets;
import picocli.CommandLine.Option;

/** The options every command that reads targets and people shares. */
final class InputOptions {

    @Option(
            names = "--categories",
            required = true,
            paramLabel = "FILE",
            description = "Targets (CSV or XLSX): category,name,min,max or feature,value,min,max or"
                    + " category,feature,min,max, optionally with min_flex,max_flex.")
    Path categories;

    @Option(
            names = "--people",
            required = true,
            paramLabel = "FILE",
            description = "Respondents (CSV or XLSX), one row each, a column per category.")
    Path people;

    @Option(
            names = "--id-column",
            paramLabel = "NAME",
            description = "Column with each respondent's id (default: id, unique_id or nationbuilder_id if present,"
                    + " else the 1-based data row number).")
    String idColumn;

    @Option(
            names = "--address-columns",
            split = ",",
            paramLabel = "A,B",
            description = "Columns that together make a household's address: at most one person per household.")
    List<String> addressColumns = List.of();

    Inputs read() {
        Targets targets = TargetsReader.read(TextFiles.table(categories));
        Pool pool = PeopleReader.read(TextFiles.table(people), targets, idColumn, addressColumns);
        return new Inputs(targets, pool, new InputSettings(idColumn, addressColumns));
    }

    record Inputs(Targets targets, Pool pool, InputSettings settings) {}
}
