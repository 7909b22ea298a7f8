package org.minipublic.sortition.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.EngineVersion;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.report.Approximation;
import org.minipublic.sortition.report.PairCoverage;
import org.minipublic.sortition.report.ProfileGroup;
import org.minipublic.sortition.report.SelectionReport;

/** The report of a draw, per value of each category, as CSV and as a page anyone can read. */
final class ReportWriter {

    private ReportWriter() {}

    static void csv(Path file, SelectionResult result) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("category", "value", "in_pool", "min", "max", "expected_seats", "seats_in_panel");
            for (var v : result.report().values()) {
                csv.printRecord(
                        v.category(),
                        v.value(),
                        v.inPool(),
                        v.min(),
                        v.max(),
                        Format.seats(v.expectedSeats()),
                        v.seatsInPanel());
            }
        }
    }

    static void html(Path file, SelectionResult result) throws IOException {
        var report = result.report();
        var html = new StringBuilder();
        head(html);
        html.append("<body>\n<main>\n<h1>Selection report</h1>\n");
        howItWasDrawn(html, result);
        chances(html, report);
        groups(html, "Respondents who can be on no valid panel", report.neverSelected());
        groups(html, "Respondents who are on every valid panel", report.alwaysSelected());
        seatsPerValue(html, report);
        pairs(html, report);
        html.append("</main>\n</body>\n</html>\n");
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    private static void head(StringBuilder html) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Selection report</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;")
                .append("line-height:1.5;color:#0b0c0c}table{border-collapse:collapse;width:100%}")
                .append("th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #b1b4b6}")
                .append("td.n,th.n{text-align:right}caption{text-align:left;font-weight:700;margin:.5rem 0}")
                .append("</style>\n</head>\n");
    }

    /** The problem, the rounding and the number drawn, and whether the time limit cut the computation short. */
    private static void howItWasDrawn(StringBuilder html, SelectionResult result) {
        var problem = result.problem();
        paragraph(
                html,
                "A panel of " + problem.panelSize() + " was drawn from "
                        + problem.pool().size()
                        + " respondents with the " + problem.algorithm().id() + " algorithm (seed " + problem.seed()
                        + ", engine " + EngineVersion.current() + ").");
        if (result.lottery() != null) {
            paragraph(
                    html,
                    "The lottery was rounded to " + result.lottery().size()
                            + " equally likely panels; rounding changed nobody's chance by more than "
                            + Format.percent(result.lottery().largestChange()) + ". Panel number "
                            + result.panelNumber() + " was drawn.");
        }
        Approximation.describe(result)
                .ifPresent(
                        text -> html.append("<p><strong>").append(escape(text)).append("</strong></p>\n"));
        if (!result.completion().finished()) {
            html.append("<p><strong>")
                    .append(escape("The time limit stopped the computation while "
                            + result.completion().stoppedWhile()
                            + ": this lottery is the best found by then, not the exact "
                            + problem.algorithm().id()
                            + " lottery."))
                    .append("</strong></p>\n");
        }
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static void chances(StringBuilder html, SelectionReport report) {
        html.append("<h2>Chances of selection</h2>\n<ul>\n")
                .append("<li>Smallest: ")
                .append(Format.percent(report.smallestChance()))
                .append("</li>\n")
                .append("<li>Average: ")
                .append(Format.percent(report.meanChance()))
                .append("</li>\n")
                .append("<li>Largest: ")
                .append(Format.percent(report.largestChance()))
                .append("</li>\n</ul>\n")
                .append("<p>")
                .append(escape(String.format(
                        Locale.ROOT,
                        "In units of the fair share k/n = %s (everyone's chance if all were equally likely): the smallest"
                                + " chance is %.2f and the largest %.2f.",
                        Format.percent(report.fairShare()),
                        report.smallestInFairShares(),
                        report.largestInFairShares())))
                .append("</p>\n");
    }

    private static void pairs(StringBuilder html, SelectionReport report) {
        if (report.pairs().isEmpty()) {
            return;
        }
        html.append("<table>\n<caption>")
                .append(escape(String.format(
                        Locale.ROOT,
                        "Mixed groups: combinations of two categories' values found in the pool that the panel also"
                                + " has (%s over all pairs)",
                        Format.percent(PairCoverage.overall(report.pairs())))))
                .append("</caption>\n<thead><tr><th scope=\"col\">Categories</th>")
                .append("<th scope=\"col\" class=\"n\">In pool</th><th scope=\"col\" class=\"n\">On panel</th>")
                .append("<th scope=\"col\" class=\"n\">Share</th></tr></thead>\n<tbody>\n");
        for (var pair : report.pairs()) {
            html.append("<tr><td>")
                    .append(escape(pair.first() + " × " + pair.second()))
                    .append("</td><td class=\"n\">")
                    .append(pair.inPool())
                    .append("</td><td class=\"n\">")
                    .append(pair.onPanel())
                    .append("</td><td class=\"n\">")
                    .append(Format.percent(pair.share()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void seatsPerValue(StringBuilder html, SelectionReport report) {
        html.append("<table>\n<caption>Seats per value</caption>\n<thead><tr><th scope=\"col\">Category</th>")
                .append("<th scope=\"col\">Value</th><th scope=\"col\" class=\"n\">In pool</th>")
                .append("<th scope=\"col\" class=\"n\">Target</th><th scope=\"col\" class=\"n\">Expected seats</th>")
                .append("<th scope=\"col\" class=\"n\">Seats in panel</th></tr></thead>\n<tbody>\n");
        for (var v : report.values()) {
            html.append("<tr><td>")
                    .append(escape(v.category()))
                    .append("</td><td>")
                    .append(escape(v.value()))
                    .append("</td><td class=\"n\">")
                    .append(v.inPool())
                    .append("</td><td class=\"n\">")
                    .append(v.min())
                    .append("–")
                    .append(v.max())
                    .append("</td><td class=\"n\">")
                    .append(Format.seats(v.expectedSeats()))
                    .append("</td><td class=\"n\">")
                    .append(v.seatsInPanel())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void groups(StringBuilder html, String title, java.util.List<ProfileGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        int total = groups.stream().mapToInt(ProfileGroup::respondents).sum();
        html.append("<h2>").append(escape(title + ": " + total)).append("</h2>\n<ul>\n");
        groups.forEach(g -> html.append("<li>").append(escape(g.describe())).append("</li>\n"));
        html.append("</ul>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
