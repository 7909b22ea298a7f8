package org.minipublic.app.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.QuestionId;
import org.minipublic.app.surveys.SurveyAnalysis;
import org.minipublic.app.surveys.SurveyId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A survey's results: figures and charts per question, a cross-tabulation, the weekends compared, and exports. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys/{surveyId}")
@RequiresPermission(Permission.VIEW_SURVEYS)
class SurveyResultsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SurveyAnalysis analysis;

    SurveyResultsController(SurveyAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/results")
    String results(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(required = false) @Nullable QuestionId by,
            @RequestParam(required = false) @Nullable QuestionId counted,
            Locale locale,
            Actor actor,
            Model model) {
        var language = locale.toLanguageTag();
        model.addAttribute("results", analysis.results(actor, assemblyId, surveyId, language));
        model.addAttribute("language", language);
        if (by != null && counted != null) {
            try {
                model.addAttribute("crossTab", analysis.crossTab(actor, assemblyId, surveyId, by, counted, language));
            } catch (InvalidInputException e) {
                model.addAttribute("problem", e.messageKey());
            }
        }
        return "surveys/results";
    }

    @GetMapping("/trend")
    String trend(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Locale locale,
            Actor actor,
            Model model) {
        model.addAttribute("surveyId", surveyId);
        model.addAttribute("trend", analysis.trend(actor, assemblyId, surveyId, locale.toLanguageTag()));
        return "surveys/trend";
    }

    @GetMapping("/results/{questionId}.svg")
    ResponseEntity<String> svg(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            @RequestParam(defaultValue = "false") boolean download,
            Locale locale,
            Actor actor) {
        var result = analysis.question(actor, assemblyId, surveyId, questionId, locale.toLanguageTag());
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .headers(headers(download, result.question().key() + ".svg"))
                .body(SurveyChart.svg(result));
    }

    @GetMapping("/results/{questionId}.png")
    ResponseEntity<byte[]> png(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            Locale locale,
            Actor actor) {
        var result = analysis.question(actor, assemblyId, surveyId, questionId, locale.toLanguageTag());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .headers(headers(true, result.question().key() + ".png"))
                .body(SurveyChart.png(result));
    }

    @GetMapping("/responses.csv")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    void csv(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("responses.csv"));
        analysis.writeCsv(actor, assemblyId, surveyId, response.getOutputStream());
    }

    @GetMapping("/responses.xlsx")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    void xlsx(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("responses.xlsx"));
        analysis.writeXlsx(actor, assemblyId, surveyId, response.getOutputStream());
    }

    private static HttpHeaders headers(boolean download, String name) {
        var headers = new HttpHeaders();
        if (download) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, attachment(name));
        }
        // An SVG opened on its own could run script; ours has none, and this keeps it so.
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        return headers;
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
