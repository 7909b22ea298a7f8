package org.minipublic.app.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.Answering;
import org.minipublic.app.surveys.Survey;
import org.minipublic.app.surveys.SurveyNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A survey's public form: whoever has the link (printed as a QR code on the tables, or sent out) answers it in the
 * language they choose, without logging in. A link that names no survey is 404; a closed survey says so.
 */
@Controller
@RequestMapping("/public/surveys/{token}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicSurveyController {

    private final Answering answering;

    PublicSurveyController(Answering answering) {
        this.answering = answering;
    }

    @GetMapping
    String form(@PathVariable String token, Locale locale, Model model) {
        var survey = survey(token);
        return show(survey, locale, FormAnswers.empty(), Map.of(), model);
    }

    @PostMapping
    String answer(
            @PathVariable String token,
            Locale locale,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        var survey = survey(token);
        var answers = FormAnswers.of(request.getParameterMap());
        try {
            var outcome = answering.answer(token, locale.toLanguageTag(), answers.given(), request.getRemoteAddr());
            if (!outcome.stored()) {
                return show(survey, locale, answers, FormAnswers.byId(outcome.problems()), model);
            }
            return "redirect:/public/surveys/" + token + "/thanks";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.messageKey());
            return show(survey, locale, answers, Map.of(), model);
        }
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token) {
        survey(token);
        return "surveys/thanks";
    }

    private String show(Survey survey, Locale locale, FormAnswers answers, Map<String, Object> problems, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("open", answering.takesAnswers(survey) && !survey.forMembers());
        model.addAttribute("membersOnly", survey.forMembers());
        model.addAttribute("closes", SurveyTimes.local(survey.closesAt()));
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        return "surveys/answer";
    }

    private Survey survey(String token) {
        return answering.byToken(token).orElseThrow(() -> new SurveyNotFoundException("link"));
    }
}
