package org.minipublic.app.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.Answering;
import org.minipublic.app.surveys.Survey;
import org.minipublic.app.surveys.SurveyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The members' surveys, from the member's page: the open ones, each answered once, in the member's language. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/member/surveys")
@RequiresPermission(Permission.VIEW_MEMBER_PAGE)
class MemberSurveysController {

    private final Answering answering;

    MemberSurveysController(Answering answering) {
        this.answering = answering;
    }

    @GetMapping
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("surveys", answering.forMember(actor, assemblyId));
        return "surveys/member-list";
    }

    @GetMapping("/{surveyId}")
    String form(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Locale locale,
            Actor actor,
            Model model) {
        return show(answering.memberSurvey(actor, assemblyId, surveyId), locale, FormAnswers.empty(), Map.of(), model);
    }

    @PostMapping("/{surveyId}")
    String answer(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            Locale locale,
            HttpServletRequest request,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        var survey = answering.memberSurvey(actor, assemblyId, surveyId);
        var answers = FormAnswers.of(request.getParameterMap());
        try {
            var outcome =
                    answering.answerAsMember(actor, assemblyId, surveyId, locale.toLanguageTag(), answers.given());
            if (!outcome.stored()) {
                return show(survey, locale, answers, FormAnswers.byId(outcome.problems()), model);
            }
            flash.addFlashAttribute("notice", "surveys.member.thanks");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/member/surveys";
    }

    private static String show(
            Survey survey, Locale locale, FormAnswers answers, Map<String, Object> problems, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        return "surveys/member-form";
    }
}
