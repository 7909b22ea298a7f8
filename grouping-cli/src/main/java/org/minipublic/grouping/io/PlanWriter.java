package org.minipublic.grouping.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.grouping.GroupingResult;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.report.QualityReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a plan: {@code allocation.csv} ({@code session,table,id}, numbered from 1), {@code facilitators.csv} when there
 * are facilitators, {@code quality.json}, and the printable {@code plan.html} and {@code name-cards.html}.
 */
public final class PlanWriter {

    private PlanWriter() {}

    /**
     * @param language the language of the printable pages, one of {@link PrintedPlan#LANGUAGES}
     * @param cardLanguages members whose name card is in another language
     */
    public static void write(
            Path directory, GroupingResult result, Locale language, Map<MemberId, Locale> cardLanguages)
            throws IOException {
        Files.createDirectories(directory);
        allocation(directory.resolve("allocation.csv"), result, false);
        if (!result.problem().facilitators().isEmpty()) {
            allocation(directory.resolve("facilitators.csv"), result, true);
        }
        quality(
                directory.resolve("quality.json"),
                result.quality(),
                result.problem().band());
        Files.writeString(
                directory.resolve("plan.html"), PrintedPlan.tablePlan(result, language), StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("name-cards.html"),
                PrintedPlan.nameCards(result, language, cardLanguages),
                StandardCharsets.UTF_8);
    }

    static void allocation(Path file, GroupingResult result, boolean facilitators) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("session", "table", "id");
            for (int s = 0; s < result.layout().sessions(); s++) {
                var tables = facilitators
                        ? values(result.facilitators(s), FacilitatorId::value)
                        : values(result.members(s), MemberId::value);
                for (int t = 0; t < tables.size(); t++) {
                    for (String id : tables.get(t)) {
                        csv.printRecord(s + 1, t + 1, id);
                    }
                }
            }
        }
    }

    private static <T> List<List<String>> values(List<List<T>> tables, Function<T, String> value) {
        return tables.stream().map(ids -> ids.stream().map(value).toList()).toList();
    }

    static void quality(Path file, QualityReport quality, double band) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", quality.status().name());
        json.put("seconds", round(quality.seconds()));
        json.put("members", quality.members());
        json.put("sessions", quality.sessions());
        json.put("tables_per_session", quality.tablesPerSession());
        json.put("seed", quality.seed());
        json.put("band", band);
        json.put("repeated_pairs", quality.repeatedPairs());
        json.put("repeated_pairs_lower_bound", quality.repeatedPairsBound());
        json.put("consecutive_pairs", quality.consecutivePairs());
        json.put("consecutive_pairs_lower_bound", quality.consecutivePairsBound());
        json.put("most_times_met", quality.mostTimesMet());
        json.put("people_met_min", quality.fewestPeopleMet());
        json.put("people_met_mean", round(quality.meanPeopleMet()));
        Map<String, Double> deviation = new LinkedHashMap<>();
        quality.worstDeviation().forEach((attribute, value) -> deviation.put(attribute, round(value)));
        json.put("worst_deviation", deviation);
        json.put("bands_widened", quality.widenedSessions());
        json.put("rules_broken", quality.rulesBroken());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
