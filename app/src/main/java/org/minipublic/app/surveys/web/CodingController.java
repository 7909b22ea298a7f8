package org.minipublic.app.surveys.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.CodeId;
import org.minipublic.app.surveys.Coding;
import org.minipublic.app.surveys.QuestionId;
import org.minipublic.app.surveys.QuestionKind;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.Surveys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coding a survey's free-text answers: the codes, the answers a page at a time with their codes (changed in place
 * with htmx, or by a plain form post), the suggestions, the counts, and the quotes.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys/{surveyId}/coding")
class CodingController {

    private final Coding coding;
    private final Surveys surveys;

    CodingController(Coding coding, Surveys surveys) {
        this.coding = coding;
        this.surveys = surveys;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_SURVEYS)
    String page(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(required = false) @Nullable QuestionId question,
            @RequestParam(defaultValue = "all") String filter,
            @RequestParam(required = false) @Nullable CodeId code,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) @Nullable QuestionId by,
            Locale locale,
            Actor actor,
            Model model) {
        var survey = surveys.survey(actor, assemblyId, surveyId);
        var texts = survey.questions().stream()
                .filter(q -> q.kind() == QuestionKind.TEXT)
                .toList();
        model.addAttribute("survey", survey);
        model.addAttribute("textQuestions", texts);
        model.addAttribute(
                "choiceQuestions",
                survey.questions().stream().filter(q -> q.kind().hasChoices()).toList());
        model.addAttribute("quotes", coding.quotes(actor, assemblyId, surveyId));
        model.addAttribute("language", locale.toLanguageTag());
        if (texts.isEmpty()) {
            return "surveys/coding";
        }
        var chosen = question != null ? question : texts.get(0).id();
        var language = locale.toLanguageTag();
        model.addAttribute("coding", coding.page(actor, assemblyId, surveyId, chosen, filter, code, page));
        model.addAttribute("counts", coding.counts(actor, assemblyId, surveyId, chosen, by, language));
        model.addAttribute("filter", filter);
        model.addAttribute("code", code);
        model.addAttribute("by", by);
        return "surveys/coding";
    }

    @PostMapping("/codes")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String addCode(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable CodeId parent,
            @RequestParam(defaultValue = "") String keywords,
            @RequestParam(required = false) @Nullable QuestionId question,
            Actor actor,
            RedirectAttributes flash) {
        try {
            coding.addCode(actor, assemblyId, surveyId, name, parent, keywords);
            flash.addFlashAttribute("notice", "surveys.code.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return back(assemblyId, surveyId, question);
    }

    @PostMapping("/codes/{codeId}")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String changeCode(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable CodeId codeId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String keywords,
            @RequestParam(required = false) @Nullable QuestionId question,
            Actor actor,
            RedirectAttributes flash) {
        try {
            coding.changeCode(actor, assemblyId, surveyId, codeId, name, keywords);
            flash.addFlashAttribute("notice", "surveys.code.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return back(assemblyId, surveyId, question);
    }

    @PostMapping("/codes/{codeId}/remove")
    @RequiresPermission(Permission.MANAGE_SURVEYS)
    String removeCode(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable CodeId codeId,
            @RequestParam(required = false) @Nullable QuestionId question,
            Actor actor,
            RedirectAttributes flash) {
        try {
            coding.removeCode(actor, assemblyId, surveyId, codeId);
            flash.addFlashAttribute("notice", "surveys.code.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return back(assemblyId, surveyId, question);
    }

    /** Sets an answer's codes: from htmx, answers with the answer redrawn; from a plain form, goes back. */
    @PostMapping("/answers/{response}")
    @RequiresPermission(Permission.CODE_ANSWERS)
    String setCodes(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID response,
            @RequestParam QuestionId question,
            @RequestParam(name = "codes", required = false) @Nullable List<CodeId> codes,
            @RequestParam(defaultValue = "all") String filter,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model) {
        coding.setCodes(
                actor,
                assemblyId,
                surveyId,
                question,
                response,
                codes == null ? new HashSet<>() : new HashSet<>(codes));
        if (htmx == null) {
            return back(assemblyId, surveyId, question) + "&filter=" + ("uncoded".equals(filter) ? filter : "all")
                    + "&page=" + page + "#answer-" + response;
        }
        model.addAttribute("survey", surveys.survey(actor, assemblyId, surveyId));
        model.addAttribute("question", question);
        model.addAttribute("codes", coding.codes(actor, assemblyId, surveyId));
        model.addAttribute("answer", coding.answer(actor, assemblyId, surveyId, question, response));
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("saved", true);
        return "surveys/coded-answer :: answer";
    }

    @PostMapping("/suggestions")
    @RequiresPermission(Permission.CODE_ANSWERS)
    String acceptSuggestions(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam QuestionId question,
            Actor actor,
            RedirectAttributes flash) {
        int coded = coding.acceptSuggestions(actor, assemblyId, surveyId, question);
        flash.addFlashAttribute("notice", "surveys.suggestions.accepted");
        flash.addFlashAttribute("codedCount", coded);
        return back(assemblyId, surveyId, question);
    }

    @GetMapping("/quotes/new")
    @RequiresPermission(Permission.CODE_ANSWERS)
    String quoteForm(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam QuestionId question,
            @RequestParam UUID response,
            Actor actor,
            Model model) {
        model.addAttribute("survey", surveys.survey(actor, assemblyId, surveyId));
        model.addAttribute("question", question);
        model.addAttribute("response", response);
        model.addAttribute("draft", coding.quoteDraft(actor, assemblyId, surveyId, question, response));
        return "surveys/quote";
    }

    @PostMapping("/quotes")
    @RequiresPermission(Permission.CODE_ANSWERS)
    String pickQuote(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam QuestionId question,
            @RequestParam UUID response,
            @RequestParam(defaultValue = "") String text,
            Actor actor,
            RedirectAttributes flash) {
        try {
            coding.pickQuote(actor, assemblyId, surveyId, question, response, text);
            flash.addFlashAttribute("notice", "surveys.quote.picked");
            return back(assemblyId, surveyId, question) + "#quotes";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/surveys/" + surveyId + "/coding/quotes/new?question="
                    + question + "&response=" + response;
        }
    }

    @PostMapping("/quotes/{quoteId}/remove")
    @RequiresPermission(Permission.CODE_ANSWERS)
    String removeQuote(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID quoteId,
            Actor actor,
            RedirectAttributes flash) {
        coding.removeQuote(actor, assemblyId, surveyId, quoteId);
        flash.addFlashAttribute("notice", "surveys.quote.removed");
        return back(assemblyId, surveyId, null) + "#quotes";
    }

    private static String back(AssemblyId assemblyId, SurveyId surveyId, @Nullable QuestionId question) {
        return "redirect:/assemblies/" + assemblyId + "/surveys/" + surveyId + "/coding"
                + (question == null ? "?" : "?question=" + question);
    }
}
