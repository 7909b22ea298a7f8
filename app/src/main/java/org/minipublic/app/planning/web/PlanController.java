package org.minipublic.app.planning.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.planning.Planner;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recruitment plan: letters per area, respondents per target, and the proposed top-up round. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/recruitment/plan")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class PlanController {

    private final Planner planner;

    PlanController(Planner planner) {
        this.planner = planner;
    }

    @GetMapping
    String show(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var plan = planner.plan(actor, assemblyId);
        var areas =
                plan.map(p -> p.areas().stream().map(a -> a.area()).toList()).orElse(java.util.List.of());
        model.addAttribute("form", PlanForm.of(planner.settings(assemblyId), areas));
        return page(assemblyId, plan, model);
    }

    @PostMapping
    String save(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            planner.saveSettings(actor, assemblyId, form.toSettings());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return page(assemblyId, planner.plan(actor, assemblyId), model);
        }
        flash.addFlashAttribute("notice", "planning.saved");
        return "redirect:/assemblies/" + assemblyId + "/recruitment/plan";
    }

    @PostMapping("/top-up")
    String drawTopUp(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "") String seed,
            RedirectAttributes flash) {
        try {
            var round = planner.drawTopUp(actor, assemblyId, seed(seed));
            flash.addFlashAttribute("notice", "recruitment.round.drawn");
            return "redirect:/assemblies/" + assemblyId + "/invitations/" + round.id();
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/recruitment/plan";
        }
    }

    /** A seed as typed: empty for a random one, else a whole number from 0 to 15 digits, as for any round. */
    private static @Nullable Long seed(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            long seed = Long.parseLong(typed.strip());
            if (seed >= 0 && seed <= 999_999_999_999_999L) {
                return seed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("seed", "planning.top-up.seed.invalid");
    }

    private String page(
            AssemblyId assemblyId, java.util.Optional<org.minipublic.app.planning.RecruitmentPlan> plan, Model model) {
        model.addAttribute("missing", planner.missing(assemblyId).orElse(null));
        model.addAttribute("plan", plan.orElse(null));
        return "planning/plan";
    }
}
