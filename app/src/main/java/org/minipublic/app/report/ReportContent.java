package org.minipublic.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the report shows, assembled from the assembly's data and the narrative. Aggregates only: no member is
 * named, and speakers only when they agreed to be.
 */
public record ReportContent(
        String title,
        String question,
        String description,
        List<String> commissioners,
        List<String> partners,
        List<LocalDate> days,
        Narrative narrative,
        @Nullable Composition composition,
        List<SpeakerLine> speakers,
        List<EvidenceLine> evidence,
        List<BallotSection> ballots,
        List<ResponseLine> responses,
        List<QuoteLine> quotes,
        Feedback feedback,
        int version,
        Instant generatedAt) {

    public ReportContent {
        commissioners = List.copyOf(commissioners);
        partners = List.copyOf(partners);
        days = List.copyOf(days);
        speakers = List.copyOf(speakers);
        evidence = List.copyOf(evidence);
        ballots = List.copyOf(ballots);
        responses = List.copyOf(responses);
        quotes = List.copyOf(quotes);
    }

    /**
     * How members rated the weekends: the mean of each feedback statement (1 to 5), one column per weekend's survey.
     *
     * @param responses how many answered each survey
     */
    public record Feedback(List<String> surveys, List<Integer> responses, List<FeedbackLine> lines) {

        public Feedback {
            surveys = List.copyOf(surveys);
            responses = List.copyOf(responses);
            lines = List.copyOf(lines);
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** @param means one per survey, formatted, a dash where it was not asked */
    public record FeedbackLine(String statement, List<String> means) {

        public FeedbackLine {
            means = List.copyOf(means);
        }
    }

    /** Words from a survey, picked and anonymised by the organisers, with the survey and question they answered. */
    public record QuoteLine(String survey, String question, String text) {}

    /** Who took part, against the targets and the population, from the draw that chose the panel. */
    public record Composition(
            int drawNumber, String algorithm, long seed, int panelSize, List<CategoryLine> categories) {}

    /**
     * One category's values, with its chart.
     *
     * @param picture the chart as a {@code data:} address of a PNG picture, so that the web page and the PDF show it
     *     from the same markup
     */
    public record CategoryLine(String category, List<ValueLine> values, String picture) {}

    /**
     * One value's seats.
     *
     * @param population the value's share of the population in per cent, or null when not given
     */
    public record ValueLine(String value, int selected, int min, int max, @Nullable Double population) {

        /** The value's share of the panel in per cent, to one decimal place. */
        public double share(int panelSize) {
            return panelSize == 0 ? 0 : Math.round(1000.0 * selected / panelSize) / 10.0;
        }
    }

    public record SpeakerLine(String name, String organisation, String perspective) {}

    /** A material the members heard or read that organisers made public, with its address on the public site. */
    public record EvidenceLine(String title, String topic, String perspective, String link) {}

    /** A closed ballot: its rule in words, turnout, and every item. */
    public record BallotSection(String title, String rule, int votesCast, int eligible, List<ItemLine> items) {}

    /**
     * One item with its result.
     *
     * @param shares every answer's count and share of the votes cast, in the ballot's order of answers
     */
    public record ItemLine(
            String title,
            String body,
            List<Share> shares,
            int meeting,
            int base,
            double percent,
            boolean adopted,
            boolean ranked,
            List<String> statements) {}

    public record Share(String label, int count, double percent) {}

    /**
     * @param members the members' verdict on the response as published (median, mean and count, or why the figures
     *     are hidden), or empty
     */
    public record ResponseLine(
            String recommendation, String status, String reasoning, String responsibleBody, String members) {}
}
