package org.minipublic.app.surveys.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.QrCode;
import org.minipublic.app.surveys.QuestionKind;
import org.minipublic.app.surveys.SurveyAudience;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.SurveyTemplate;
import org.minipublic.app.surveys.Surveys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An assembly's surveys: the list, a new survey from a template, one survey's settings, opening and closing. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys")
class SurveysController {

    private final Surveys surveys;
    private final String baseUrl;

    SurveysController(Surveys surveys, @Value("${minipublic.base-url}") String baseUrl) {
        this.surveys = surveys;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_SURVEYS)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("surveys", surveys.all(actor, assemblyId));
        model.addAttribute("templates", SurveyTemplate.values());
        model.addAttribute("surveyLanguages", Languages.SUPPORTED);
        return "surveys/list";
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String create(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "BLANK") SurveyTemplate template,
            @RequestParam(defaultValue = "en") String language,
            Actor actor,
            RedirectAttributes flash) {
        try {
            var id = surveys.create(actor, assemblyId, title, template, Locale.forLanguageTag(language));
            flash.addFlashAttribute("notice", "surveys.created");
            return "redirect:/assemblies/" + assemblyId + "/surveys/" + id;
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/surveys";
        }
    }

    @GetMapping("/{surveyId}")
    @RequiresPermission(Permission.VIEW_SURVEYS)
    String survey(@PathVariable AssemblyId assemblyId, @PathVariable SurveyId surveyId, Actor actor, Model model) {
        var survey = surveys.survey(actor, assemblyId, surveyId);
        var link = baseUrl + "/public/surveys/" + survey.token();
        model.addAttribute("survey", survey);
        model.addAttribute("responses", surveys.responseCount(actor, assemblyId, surveyId));
        model.addAttribute("closes", SurveyTimes.local(survey.closesAt()));
        model.addAttribute("link", link);
        model.addAttribute("qr", survey.isDraft() ? null : QrCode.pngDataUri(link));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("scaleLabels", String.join("\n", surveys.agreeScale(survey.baseLanguage())));
        model.addAttribute(
                "otherLanguages",
                Languages.SUPPORTED.stream()
                        .filter(l -> !l.toLanguageTag().equals(survey.baseLanguage()))
                        .toList());
        return "surveys/survey";
    }

    @PostMapping("/{surveyId}")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String update(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String closes,
            @RequestParam(defaultValue = "") String expected,
            Actor actor,
            RedirectAttributes flash) {
        try {
            var closesAt = closes.isBlank() ? null : SurveyTimes.instant(LocalDateTime.parse(closes.strip()));
            var asked = expected.isBlank() ? null : Integer.valueOf(expected.strip());
            surveys.update(actor, assemblyId, surveyId, title, closesAt, asked);
            flash.addFlashAttribute("notice", "surveys.saved");
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "surveys.closes.invalid");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("problem", "surveys.expected.invalid");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirect(assemblyId, surveyId);
    }

    @PostMapping("/{surveyId}/audience")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String audience(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "PUBLIC") SurveyAudience audience,
            @RequestParam(defaultValue = "false") boolean identified,
            Actor actor,
            RedirectAttributes flash) {
        return act(
                assemblyId,
                surveyId,
                flash,
                "surveys.saved",
                () -> surveys.setAudience(actor, assemblyId, surveyId, audience, identified));
    }

    @PostMapping("/{surveyId}/open")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String open(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Actor actor,
            RedirectAttributes flash) {
        return act(assemblyId, surveyId, flash, "surveys.opened", () -> surveys.open(actor, assemblyId, surveyId));
    }

    @PostMapping("/{surveyId}/close")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String close(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Actor actor,
            RedirectAttributes flash) {
        return act(assemblyId, surveyId, flash, "surveys.closed", () -> surveys.close(actor, assemblyId, surveyId));
    }

    @PostMapping("/{surveyId}/delete")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String delete(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            surveys.delete(actor, assemblyId, surveyId);
            flash.addFlashAttribute("notice", "surveys.deleted");
            return "redirect:/assemblies/" + assemblyId + "/surveys";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirect(assemblyId, surveyId);
        }
    }

    /** The form as a respondent sees it, in any language, without a way to send it. */
    @GetMapping("/{surveyId}/preview")
    @RequiresPermission(Permission.VIEW_SURVEYS)
    String preview(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Locale locale,
            Actor actor,
            Model model) {
        model.addAttribute("survey", surveys.survey(actor, assemblyId, surveyId));
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("answers", FormAnswers.empty());
        model.addAttribute("problems", Map.of());
        return "surveys/preview";
    }

    static String redirect(AssemblyId assemblyId, SurveyId surveyId) {
        return "redirect:/assemblies/" + assemblyId + "/surveys/" + surveyId;
    }

    static String act(
            AssemblyId assemblyId, SurveyId surveyId, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirect(assemblyId, surveyId);
    }
}
