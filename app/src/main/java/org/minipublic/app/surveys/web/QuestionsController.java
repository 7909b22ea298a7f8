package org.minipublic.app.surveys.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.surveys.QuestionDraft;
import org.minipublic.app.surveys.QuestionId;
import org.minipublic.app.surveys.QuestionKind;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.SurveyNotFoundException;
import org.minipublic.app.surveys.Surveys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A draft survey's questions: added, changed, translated, moved and removed. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys/{surveyId}/questions")
@RequiresPermission(Permission.MANAGE_SURVEYS)
class QuestionsController {

    private final Surveys surveys;

    QuestionsController(Surveys surveys) {
        this.surveys = surveys;
    }

    @PostMapping
    String add(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "SCALE") QuestionKind kind,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String prompt,
            @RequestParam(defaultValue = "") String choices,
            @RequestParam(defaultValue = "") String condition,
            Actor actor,
            RedirectAttributes flash) {
        try {
            var draft = draft(key, kind, required, section, prompt, choices, condition);
            surveys.addQuestion(actor, assemblyId, surveyId, draft);
            flash.addFlashAttribute("notice", "surveys.question.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftKey", key);
            flash.addFlashAttribute("draftKind", kind.name());
            flash.addFlashAttribute("draftSection", section);
            flash.addFlashAttribute("draftPrompt", prompt);
            flash.addFlashAttribute("draftChoices", choices);
        }
        return SurveysController.redirect(assemblyId, surveyId) + "#questions";
    }

    @GetMapping("/{questionId}")
    String edit(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            Actor actor,
            Model model) {
        var survey = surveys.survey(actor, assemblyId, surveyId);
        model.addAttribute("survey", survey);
        model.addAttribute(
                "question", survey.question(questionId).orElseThrow(() -> new SurveyNotFoundException(questionId)));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute(
                "otherLanguages",
                Languages.SUPPORTED.stream()
                        .filter(l -> !l.toLanguageTag().equals(survey.baseLanguage()))
                        .toList());
        return "surveys/question";
    }

    @PostMapping("/{questionId}")
    String change(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "SCALE") QuestionKind kind,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String prompt,
            @RequestParam(defaultValue = "") String choices,
            @RequestParam(defaultValue = "") String condition,
            Actor actor,
            RedirectAttributes flash) {
        try {
            var draft = draft(key, kind, required, section, prompt, choices, condition);
            surveys.changeQuestion(actor, assemblyId, surveyId, questionId, draft);
            flash.addFlashAttribute("notice", "surveys.question.saved");
            return SurveysController.redirect(assemblyId, surveyId) + "#questions";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return SurveysController.redirect(assemblyId, surveyId) + "/questions/" + questionId;
        }
    }

    /** The draft, with its condition read from the form's "question id:option" value (blank for none). */
    private static QuestionDraft draft(
            String key,
            QuestionKind kind,
            boolean required,
            String section,
            String prompt,
            String choices,
            String condition) {
        QuestionId showIf = null;
        int choice = 0;
        var parts = condition.split(":");
        if (parts.length == 2 && parts[1].matches("\\d{1,2}")) {
            try {
                showIf = QuestionId.valueOf(parts[0]);
                choice = Integer.parseInt(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("condition", "surveys.question.condition.invalid");
            }
        } else if (!condition.isBlank()) {
            throw new InvalidInputException("condition", "surveys.question.condition.invalid");
        }
        return new QuestionDraft(key, kind, required, section, prompt, choices, showIf, choice);
    }

    @PostMapping("/{questionId}/translations")
    String translate(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String prompt,
            @RequestParam(defaultValue = "") String choices,
            Actor actor,
            RedirectAttributes flash) {
        try {
            surveys.translate(actor, assemblyId, surveyId, questionId, language, prompt, choices);
            flash.addFlashAttribute("notice", "surveys.translation.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return SurveysController.redirect(assemblyId, surveyId) + "/questions/" + questionId;
    }

    @PostMapping("/{questionId}/move")
    String move(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            @RequestParam(defaultValue = "true") boolean up,
            Actor actor,
            RedirectAttributes flash) {
        return SurveysController.act(
                        assemblyId,
                        surveyId,
                        flash,
                        "surveys.question.moved",
                        () -> surveys.moveQuestion(actor, assemblyId, surveyId, questionId, up))
                + "#questions";
    }

    @PostMapping("/{questionId}/remove")
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable QuestionId questionId,
            Actor actor,
            RedirectAttributes flash) {
        return SurveysController.act(
                        assemblyId,
                        surveyId,
                        flash,
                        "surveys.question.removed",
                        () -> surveys.removeQuestion(actor, assemblyId, surveyId, questionId))
                + "#questions";
    }
}
