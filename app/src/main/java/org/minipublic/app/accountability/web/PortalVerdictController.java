package org.minipublic.app.accountability.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipublic.app.accountability.PortalVerdicts;
import org.minipublic.app.accountability.Recommendation;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.VerdictChoice;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.web.portal.PortalSessions;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members' verdict on the member portal: every response with the institution's status and reasoning, a score
 * from 0 to 10 or no view for each, given once. Open as far as the login is concerned; the member's card is the key,
 * and without a signed-in member every page leads to the code page.
 */
@Controller
@RequestMapping("/portal/verdict")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PortalVerdictController {

    /** Form fields are named {@code r-} and the recommendation's id; their value is 0 to 10 or "none". */
    static final String PREFIX = "r-";

    private final PortalVerdicts verdicts;
    private final PortalSessions sessions;

    PortalVerdictController(PortalVerdicts verdicts, PortalSessions sessions) {
        this.verdicts = verdicts;
        this.sessions = sessions;
    }

    @GetMapping
    String form(HttpServletRequest request, Model model, RedirectAttributes flash) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        try {
            return show(verdicts.responses(visitor.get().signedIn()), Map.of(), Set.of(), model);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/portal/home";
        }
    }

    @PostMapping
    String give(HttpServletRequest request, Model model, RedirectAttributes flash) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        var member = visitor.get().signedIn();
        try {
            var choices = choices(request.getParameterMap());
            var missing = verdicts.give(member, choices);
            if (!missing.isEmpty()) {
                return show(verdicts.responses(member), chosen(choices), Set.copyOf(missing), model);
            }
            flash.addFlashAttribute("notice", "accountability.portal-verdict.thanks");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/portal/home";
    }

    /** The choices sent, by recommendation; a field that is not a recommendation's is left out. */
    private static Map<RecommendationId, VerdictChoice> choices(Map<String, String[]> parameters) {
        Map<RecommendationId, VerdictChoice> choices = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && values.length == 1) {
                try {
                    choices.put(
                            RecommendationId.valueOf(name.substring(PREFIX.length())), VerdictChoice.parse(values[0]));
                } catch (IllegalArgumentException e) {
                    // not a recommendation's id: ignored, as an unknown field would be
                }
            }
        });
        return choices;
    }

    /** What the form shows as already chosen: "none" or the score, by the recommendation's id. */
    private static Map<String, String> chosen(Map<RecommendationId, VerdictChoice> choices) {
        Map<String, String> chosen = new HashMap<>();
        choices.forEach((id, choice) -> {
            Integer score = choice.score();
            chosen.put(id.toString(), score == null ? "none" : score.toString());
        });
        return chosen;
    }

    private static String show(
            List<Recommendation> responses, Map<String, String> chosen, Set<RecommendationId> missing, Model model) {
        model.addAttribute("responses", responses);
        model.addAttribute("chosen", chosen);
        model.addAttribute("missing", missing);
        model.addAttribute(
                "scores", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
        return "accountability/portal-verdict";
    }
}
