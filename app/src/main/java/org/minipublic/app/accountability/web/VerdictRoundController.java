package org.minipublic.app.accountability.web;

import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.Verdicts;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
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

/** The round of the members' verdict: its turnout while open, its figures once closed, opening, closing, publishing. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/verdicts")
class VerdictRoundController {

    private final Verdicts verdicts;
    private final Responses responses;

    VerdictRoundController(Verdicts verdicts, Responses responses) {
        this.verdicts = verdicts;
        this.responses = responses;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String page(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("round", verdicts.round(actor, assemblyId).orElse(null));
        model.addAttribute("figures", verdicts.figures(actor, assemblyId));
        model.addAttribute(
                "recommendations",
                responses.all(actor, assemblyId).stream()
                        .filter(r -> r.response() != null)
                        .toList());
        model.addAttribute("settings", responses.settings(actor, assemblyId));
        return "accountability/verdicts";
    }

    @PostMapping("/open")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String open(@PathVariable AssemblyId assemblyId, Actor actor, RedirectAttributes flash) {
        return change(assemblyId, flash, "accountability.verdict-round.opened", () -> verdicts.open(actor, assemblyId));
    }

    @PostMapping("/close")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String close(@PathVariable AssemblyId assemblyId, Actor actor, RedirectAttributes flash) {
        return change(
                assemblyId, flash, "accountability.verdict-round.closed", () -> verdicts.close(actor, assemblyId));
    }

    @PostMapping("/publish")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String publish(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "false") boolean published,
            Actor actor,
            RedirectAttributes flash) {
        return change(
                assemblyId,
                flash,
                published ? "accountability.verdict-round.published" : "accountability.verdict-round.unpublished",
                () -> verdicts.publish(actor, assemblyId, published));
    }

    private static String change(AssemblyId assemblyId, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/verdicts";
    }
}
