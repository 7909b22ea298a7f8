package org.minipublic.app.selection.web;

import java.util.HashMap;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.selection.Targets;
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

/** Targets: set per value from census shares or by hand, beside how many respondents each value has. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/targets")
class TargetsController {

    private final Targets targets;
    private final Pool pool;

    TargetsController(Targets targets, Pool pool) {
        this.targets = targets;
        this.pool = pool;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_SELECTION)
    String show(@PathVariable AssemblyId assemblyId, Model model) {
        var current = targets.current(assemblyId).orElse(null);
        model.addAttribute("form", TargetsForm.of(targets.values(assemblyId), current));
        model.addAttribute("current", current);
        return page(assemblyId, model);
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String submit(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") TargetsForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes flash) {
        try {
            if (action.equals("compute")) {
                form.computeFromShares();
                model.addAttribute("computed", true);
            } else {
                int panelSize = form.panelSizeValue();
                var entered = form.toTargets();
                var problems = targets.problems(assemblyId, panelSize, entered);
                if (problems.isEmpty()) {
                    targets.save(actor, assemblyId, panelSize, entered);
                    flash.addFlashAttribute("notice", "selection.targets.saved");
                    return "redirect:/assemblies/" + assemblyId + "/targets";
                }
                // every problem at once, so that a long table is not fixed one round trip at a time
                problems.forEach(
                        p -> errors.reject(p.messageKey(), p.arguments().toArray(), p.messageKey()));
            }
        } catch (InvalidInputException e) {
            if (e.field().equals("panelSize")) {
                e.rejectOn(errors);
            } else {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        model.addAttribute("current", targets.current(assemblyId).orElse(null));
        return page(assemblyId, model);
    }

    private String page(AssemblyId assemblyId, Model model) {
        var inPool = new HashMap<String, Map<String, Integer>>();
        pool.composition(assemblyId).forEach((category, counts) -> inPool.put(category.name(), counts));
        model.addAttribute("inPool", inPool);
        model.addAttribute("poolSize", pool.members(assemblyId).size());
        return "selection/targets";
    }
}
