package org.minipublic.grouping.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.io.CardLanguages;
import org.minipublic.grouping.io.FacilitatorsReader;
import org.minipublic.grouping.io.HeldSessionsReader;
import org.minipublic.grouping.io.MembersReader;
import org.minipublic.grouping.io.PlanWriter;
import org.minipublic.grouping.io.PrintedPlan;
import org.minipublic.grouping.io.RulesReader;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;
import org.minipublic.tableio.TableReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description = "Make a seating plan. Writes allocation.csv (session,table,id), quality.json, plan.html,"
                + " name-cards.html and, with facilitators, facilitators.csv.")
final class AllocateCommand implements Callable<Integer> {

    @Option(
            names = "--people",
            required = true,
            paramLabel = "FILE",
            description = "Members (CSV or XLSX), one row each.")
    Path people;

    @Option(names = "--id-column", required = true, paramLabel = "NAME", description = "Column with each member's id.")
    String idColumn;

    @Option(
            names = "--label-column",
            paramLabel = "NAME",
            description = "Column shown on the plan and name cards (default: the id).")
    @Nullable
    String labelColumn;

    @Option(
            names = "--diversify",
            required = true,
            split = ",",
            paramLabel = "COL1,COL2",
            description = "Columns in which every table should mirror the assembly.")
    List<String> diversify;

    @Option(
            names = "--cluster",
            split = ",",
            paramLabel = "COL",
            description = "Columns whose people sit together (such as an interpreter's language); empty cells are"
                    + " not clustered.")
    List<String> cluster = List.of();

    @CommandLine.ArgGroup(multiplicity = "1")
    TableOptions tables;

    @Option(names = "--sessions", required = true, paramLabel = "R", description = "Number of sessions.")
    int sessions;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed (any whole number).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the output files.")
    Path out;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Rules (CSV or XLSX) with columns rule,a,b,session,table; rule is apart, together, seat,"
                    + " accessible or accessible-table.")
    @Nullable
    Path rules;

    @Option(
            names = "--facilitators",
            paramLabel = "FILE",
            description = "Facilitators (CSV or XLSX) with the same id column; spread one per table.")
    @Nullable
    Path facilitators;

    @Option(
            names = "--held",
            paramLabel = "FILE",
            description = "An earlier allocation.csv whose --held-sessions are kept as they were.")
    @Nullable
    Path held;

    @Option(
            names = "--held-sessions",
            split = ",",
            paramLabel = "S1,S2",
            description = "Sessions (from 1) already held, kept from --held.")
    List<Integer> heldSessions = List.of();

    @Option(
            names = "--time-limit",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description = "Stop and return the best plan so far after this long (default ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--band",
            defaultValue = "1",
            paramLabel = "SEATS",
            description = "How many seats a table's count of a value may be from its proportional share (default"
                    + " ${DEFAULT-VALUE}); 1.5 or 2 trade some make-up for fewer repeated meetings.")
    double band;

    @Option(
            names = "--card-language-column",
            paramLabel = "NAME",
            description = "Column with the language of each member's name card (en, pl or ur; empty: --language).")
    @Nullable
    String cardLanguageColumn;

    @Option(
            names = "--language",
            defaultValue = "en",
            paramLabel = "LANG",
            description = "Language of plan.html and name-cards.html: en, pl or ur (default ${DEFAULT-VALUE}).")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Locale printed = checkOptions();
        var membersTable = TableReader.read(people);
        var members = MembersReader.read(membersTable, idColumn, labelColumn, attributes());
        Map<MemberId, Locale> cardLanguages =
                cardLanguageColumn == null ? Map.of() : CardLanguages.read(membersTable, idColumn, cardLanguageColumn);
        var problem = problem(members);
        var result = GroupAllocator.allocate(problem);
        PlanWriter.write(out, result, printed, cardLanguages);
        var print = spec.commandLine().getOut();
        Summary.notAtHeldSessions(problem, print);
        Summary.figures(result.quality(), print);
        print.println("Wrote " + out.resolve("allocation.csv"));
        return 0;
    }

    /** Refuses option values picocli cannot check by itself; returns the language of the printed pages. */
    private Locale checkOptions() {
        if (sessions < 1) {
            throw new IllegalArgumentException("--sessions must be at least 1, got " + sessions);
        }
        if (!(timeLimit > 0)) {
            throw new IllegalArgumentException("--time-limit must be more than 0 seconds, got " + timeLimit);
        }
        if (!(band >= 1 && band <= 100)) {
            throw new IllegalArgumentException("--band must be between 1 and 100 seats, got " + band);
        }
        Locale printed = Locale.forLanguageTag(language);
        if (!PrintedPlan.LANGUAGES.contains(printed)) {
            throw new IllegalArgumentException("--language must be en, pl or ur, got " + language);
        }
        if (held != null && heldSessions.isEmpty() || held == null && !heldSessions.isEmpty()) {
            throw new IllegalArgumentException("--held and --held-sessions go together");
        }
        return printed;
    }

    private List<String> attributes() {
        List<String> attributes = new ArrayList<>(diversify);
        attributes.addAll(cluster);
        return attributes;
    }

    /** The problem the files and options describe; the rules, facilitators and held sessions are read in turn. */
    private GroupingProblem problem(List<Member> members) {
        List<Integer> tablesPerSession = tables.perSession(members.size(), sessions);
        Set<MemberId> ids = members.stream().map(Member::id).collect(Collectors.toSet());
        Rules ruleSet = rules == null ? Rules.none() : RulesReader.read(TableReader.read(rules), ids, tablesPerSession);
        List<FacilitatorId> facilitatorIds =
                facilitators == null ? List.of() : FacilitatorsReader.read(TableReader.read(facilitators), idColumn);
        Map<Integer, HeldSession> heldSeating = held == null
                ? Map.of()
                : HeldSessionsReader.read(TableReader.read(held), new HashSet<>(heldSessions), ids, tablesPerSession);
        return new GroupingProblem(
                members,
                facilitatorIds,
                diversify,
                cluster,
                tablesPerSession,
                ruleSet,
                heldSeating,
                seed,
                Duration.ofMillis((long) (timeLimit * 1000)),
                band);
    }
}
