package org.minipublic.app.privacy.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.privacy.Retention;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How long the personal data of people not chosen is kept, and deleting it once that time is over. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/privacy")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping
    String show(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var status = retention.status(actor, assemblyId);
        model.addAttribute("status", status);
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", Integer.toString(status.days()));
        }
        return "privacy/retention";
    }

    @PostMapping("/retention")
    String save(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "") String days,
            RedirectAttributes flash) {
        int parsed;
        try {
            parsed = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            return refused(assemblyId, flash, days, "privacy.retention.days.number", Retention.MAX_DAYS);
        }
        try {
            retention.save(actor, assemblyId, parsed);
        } catch (InvalidInputException e) {
            var arguments = e.arguments();
            return refused(assemblyId, flash, days, e.messageKey(), arguments.length > 0 ? arguments[0] : "");
        }
        flash.addFlashAttribute("notice", "privacy.retention.saved");
        return redirect(assemblyId);
    }

    @PostMapping("/purge")
    String purge(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes flash) {
        if (!confirm) {
            flash.addFlashAttribute("purgeProblem", "privacy.purge.unconfirmed");
            return redirect(assemblyId);
        }
        try {
            int people = retention.purgeNow(actor, assemblyId);
            flash.addFlashAttribute("purged", people);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("purgeProblem", e.messageKey());
        }
        return redirect(assemblyId);
    }

    /** @param argument the limit the message names: the longest period, or the shortest allowed now */
    private static String refused(
            AssemblyId assemblyId, RedirectAttributes flash, String days, String key, Object argument) {
        flash.addFlashAttribute("days", days.length() > 10 ? days.substring(0, 10) : days);
        flash.addFlashAttribute("daysProblem", key);
        flash.addFlashAttribute("daysLimit", argument);
        return redirect(assemblyId);
    }

    private static String redirect(AssemblyId assemblyId) {
        return "redirect:/assemblies/" + assemblyId + "/privacy";
    }
}
