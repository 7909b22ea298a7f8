package org.minipublic.app.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.surveys.Answering;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.Surveys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Paper forms typed in by staff, one after another: the same form as online, then a fresh one. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys/{surveyId}/paper")
@RequiresPermission(Permission.ENTER_SURVEY_RESPONSES)
class PaperResponsesController {

    private final Surveys surveys;
    private final Answering answering;

    PaperResponsesController(Surveys surveys, Answering answering) {
        this.surveys = surveys;
        this.answering = answering;
    }

    @GetMapping
    String form(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "") String paperLanguage,
            Actor actor,
            Model model) {
        return show(assemblyId, surveyId, paperLanguage, FormAnswers.empty(), Map.of(), actor, model);
    }

    @PostMapping
    String enter(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "") String paperLanguage,
            HttpServletRequest request,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        var answers = FormAnswers.of(request.getParameterMap());
        try {
            var outcome = answering.enterPaper(actor, assemblyId, surveyId, paperLanguage, answers.given());
            if (!outcome.stored()) {
                return show(
                        assemblyId,
                        surveyId,
                        paperLanguage,
                        answers,
                        FormAnswers.byId(outcome.problems()),
                        actor,
                        model);
            }
            flash.addFlashAttribute("notice", "surveys.paper.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        // Only a language we speak goes back into the address.
        var language = Languages.SUPPORTED.stream()
                .map(Locale::toLanguageTag)
                .filter(paperLanguage::equals)
                .findFirst()
                .orElse("");
        return SurveysController.redirect(assemblyId, surveyId) + "/paper?paperLanguage=" + language;
    }

    private String show(
            AssemblyId assemblyId,
            SurveyId surveyId,
            String paperLanguage,
            FormAnswers answers,
            Map<String, Object> problems,
            Actor actor,
            Model model) {
        var survey = surveys.survey(actor, assemblyId, surveyId);
        var language = Languages.SUPPORTED.stream()
                .map(l -> l.toLanguageTag())
                .filter(l -> l.equals(paperLanguage))
                .findFirst()
                .orElse(survey.baseLanguage());
        model.addAttribute("survey", survey);
        model.addAttribute("language", language);
        model.addAttribute("surveyLanguages", Languages.SUPPORTED);
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        return "surveys/paper";
    }
}
