package org.minipublic.grouping.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.Status;
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
    Tables tables;

    static final class Tables {
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
    }

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

    private static final Map<Status, String> STATUS = Map.of(
            Status.OPTIMAL, "Optimal (nothing better exists)",
            Status.BEST_FOUND, "Best found",
            Status.TIME_LIMIT, "Best found before the time limit");

    @Override
    public Integer call() throws IOException {
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
        List<String> attributes = new ArrayList<>(diversify);
        attributes.addAll(cluster);
        var peopleTable = TableReader.read(people);
        var members = MembersReader.read(peopleTable, idColumn, labelColumn, attributes);
        Map<MemberId, Locale> cardLanguages =
                cardLanguageColumn == null ? Map.of() : CardLanguages.read(peopleTable, idColumn, cardLanguageColumn);
        List<Integer> tablesPerSession = tablesPerSession(members.size());
        var ids = members.stream().map(p -> p.id()).collect(Collectors.toSet());
        Rules ruleSet = rules == null ? Rules.none() : RulesReader.read(TableReader.read(rules), ids, tablesPerSession);
        List<FacilitatorId> facilitatorIds =
                facilitators == null ? List.of() : FacilitatorsReader.read(TableReader.read(facilitators), idColumn);
        Map<Integer, HeldSession> heldSeating = held == null
                ? Map.of()
                : HeldSessionsReader.read(TableReader.read(held), new HashSet<>(heldSessions), ids, tablesPerSession);
        var problem = new GroupingProblem(
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
        var result = GroupAllocator.allocate(problem);
        PlanWriter.write(out, result, printed, cardLanguages);
        var quality = result.quality();
        var print = spec.commandLine().getOut();
        heldSeating.forEach((session, seating) -> {
            var missing = members.stream()
                    .map(Member::id)
                    .filter(id -> !seating.members().containsKey(id))
                    .map(MemberId::value)
                    .toList();
            if (!missing.isEmpty()) {
                print.printf(
                        "Held session %d had no seat for %s; taken as not there (absent, or not yet a member).%n",
                        session, String.join(", ", missing));
            }
        });
        print.printf(
                Locale.ROOT,
                "%d members, %d sessions. Repeated meetings: %d (at least %d); in consecutive sessions: %d (at least"
                        + " %d); most meetings of one pair: %d; worst table deviation: %.2f seats. %s in %.1f s.%n",
                quality.members(),
                quality.sessions(),
                quality.repeatedPairs(),
                quality.repeatedPairsBound(),
                quality.consecutivePairs(),
                quality.consecutivePairsBound(),
                quality.mostTimesMet(),
                quality.worstDeviationOverall(),
                STATUS.get(quality.status()),
                quality.seconds());
        print.println("Wrote " + out.resolve("allocation.csv"));
        return 0;
    }

    private List<Integer> tablesPerSession(int people) {
        List<Integer> given = tables.size != null ? tables.size : tables.count;
        String option = tables.size != null ? "--table-size" : "--tables";
        if (given == null || given.size() != 1 && given.size() != sessions) {
            throw new IllegalArgumentException(option + " needs one value or one per session (" + sessions + ")");
        }
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int value = given.get(given.size() == 1 ? 0 : s);
            if (tables.size != null) {
                result.add(GroupingProblem.tablesForSize(people, value, 1).get(0));
            } else {
                if (value < 1 || value > people) {
                    throw new IllegalArgumentException(
                            "--tables must be between 1 and the " + people + " people to seat, got " + value);
                }
                result.add(value);
            }
        }
        return result;
    }
}
