package org.minipublic.app.accountability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.minipublic.app.accountability.PublicAccountability;
import org.minipublic.app.accountability.PublicRecord;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published record as CSV files for spreadsheets: one row per recommendation (its vote, response, the members'
 * verdict and, once published, the figures of the scores members gave on the portal, median and mean only from
 * {@link org.minipublic.app.accountability.VerdictFigures#MINIMUM} scores up) and one row per action. Column names and status codes are the same as the JSON interface's, in English,
 * so that files from different assemblies can be put side by side.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class OpenDataController {

    private final PublicAccountability accountability;

    OpenDataController(PublicAccountability accountability) {
        this.accountability = accountability;
    }

    @GetMapping("/public/assemblies/{assembly}/recommendations.csv")
    void recommendations(@PathVariable("assembly") AssemblyId assemblyId, HttpServletResponse response)
            throws IOException {
        var record = published(assemblyId);
        start(response, "recommendations.csv");
        try (var csv = CsvExport.open(
                response.getOutputStream(),
                "position",
                "title",
                "text",
                "votes_meeting_rule",
                "votes_base",
                "percent",
                "adopted",
                "response_status",
                "reasoning",
                "responsible_body",
                "responded_on",
                "members_score",
                "members_statement",
                "members_scores",
                "members_no_view",
                "members_median",
                "members_mean",
                "actions")) {
            for (var r : record.recommendations()) {
                var vote = r.vote();
                var answer = r.response();
                var figures = record.verdictFor(r.id());
                csv.row(
                        r.position() + 1,
                        r.title(),
                        r.body(),
                        vote == null ? "" : vote.meeting(),
                        vote == null ? "" : vote.base(),
                        vote == null ? "" : vote.percent(),
                        vote == null ? "" : vote.adopted(),
                        answer == null ? "" : answer.status().name().toLowerCase(java.util.Locale.ROOT),
                        answer == null ? "" : answer.reasoning(),
                        answer == null ? "" : answer.responsibleBody(),
                        answer == null ? "" : answer.respondedOn(),
                        answer == null || answer.verdictScore() == null ? "" : answer.verdictScore(),
                        answer == null ? "" : answer.verdictStatement(),
                        figures == null ? "" : figures.count(),
                        figures == null ? "" : figures.noView(),
                        figures == null || !figures.shown() ? "" : round(figures.median()),
                        figures == null || !figures.shown() ? "" : round(figures.mean()),
                        record.actionsFor(r.id()).size());
            }
        }
    }

    @GetMapping("/public/assemblies/{assembly}/actions.csv")
    void actions(@PathVariable("assembly") AssemblyId assemblyId, HttpServletResponse response) throws IOException {
        var record = published(assemblyId);
        start(response, "actions.csv");
        try (var csv = CsvExport.open(
                response.getOutputStream(),
                "title",
                "owner",
                "partners",
                "status",
                "recommendations",
                "milestones",
                "milestones_done",
                "next_due",
                "last_update")) {
            for (var a : record.actions()) {
                var positions = record.recommendations().stream()
                        .filter(r -> a.recommendations().contains(r.id()))
                        .map(r -> String.valueOf(r.position() + 1))
                        .toList();
                var next = a.milestones().stream()
                        .filter(m -> !m.done())
                        .map(m -> m.dueOn().toString())
                        .findFirst()
                        .orElse("");
                csv.row(
                        a.title(),
                        a.text().owner(),
                        a.text().partners(),
                        a.status().name().toLowerCase(java.util.Locale.ROOT),
                        String.join(" ", positions),
                        a.milestones().size(),
                        a.milestones().stream().filter(m -> m.done()).count(),
                        next,
                        a.updates().isEmpty()
                                ? ""
                                : a.updates().get(0).postedAt().toString());
            }
        }
    }

    /** Two decimals, with a point whatever the server's locale, as a spreadsheet reads it. */
    private static String round(double value) {
        return new java.math.BigDecimal(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private PublicRecord published(AssemblyId assemblyId) {
        return accountability
                .published(assemblyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void start(HttpServletResponse response, String name) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
