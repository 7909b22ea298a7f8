package org.minipublic.app.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.web.portal.PortalSessions;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.PortalSurveys;
import org.minipublic.app.surveys.Survey;
import org.minipublic.app.surveys.SurveyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members' surveys on the member portal: the form in the member's language, answered once. Open as far as the login
 * is concerned; the member's card is the key, and without a signed-in member every page leads to the code page.
 */
@Controller
@RequestMapping("/portal/surveys/{surveyId}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PortalSurveysController {

    private final PortalSurveys surveys;
    private final PortalSessions sessions;

    PortalSurveysController(PortalSurveys surveys, PortalSessions sessions) {
        this.surveys = surveys;
        this.sessions = sessions;
    }

    @GetMapping
    String form(
            @PathVariable SurveyId surveyId,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        try {
            return show(
                    surveys.survey(visitor.get().signedIn(), surveyId), locale, FormAnswers.empty(), Map.of(), model);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/portal/home";
        }
    }

    @PostMapping
    String answer(
            @PathVariable SurveyId surveyId,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        var member = visitor.get().signedIn();
        var answers = FormAnswers.of(request.getParameterMap());
        try {
            var survey = surveys.survey(member, surveyId);
            var outcome = surveys.answer(member, surveyId, locale.toLanguageTag(), answers.given());
            if (!outcome.stored()) {
                return show(survey, locale, answers, FormAnswers.byId(outcome.problems()), model);
            }
            flash.addFlashAttribute("notice", "surveys.member.thanks");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/portal/home";
    }

    private static String show(
            Survey survey, Locale locale, FormAnswers answers, Map<String, Object> problems, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        return "surveys/portal-form";
    }
}
