package org.minipublic.app.tables.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.tables.PairId;
import org.minipublic.app.tables.TablePlans;
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

/** Every session's tables, the settings (with keep-apart and keep-together pairs) and planning with the engine. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/tables")
class TablesController {

    private final TablePlans plans;

    TablesController(TablePlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_TABLES)
    String overview(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("overview", plans.overview(actor, assemblyId));
        return "tables/overview";
    }

    @PostMapping("/plan")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String plan(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(name = "sessions", defaultValue = "") List<String> sessions,
            @RequestParam(defaultValue = "") String seed,
            RedirectAttributes flash) {
        try {
            // the page itself says the plans are being made, and stops saying so when they are ready
            plans.plan(actor, assemblyId, sessionIds(sessions), seed(seed));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("planProblem", e.messageKey());
            flash.addFlashAttribute("planProblemArgs", e.arguments());
        }
        return "redirect:/assemblies/" + assemblyId + "/tables";
    }

    @GetMapping("/settings")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String settings(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var view = plans.settings(actor, assemblyId);
        model.addAttribute("form", SettingsForm.of(view.settings()));
        model.addAttribute("pairForm", new PairForm());
        model.addAttribute("view", view);
        return "tables/settings";
    }

    @PostMapping("/settings")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String saveSettings(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var settings = form.toSettings(errors);
        if (settings != null) {
            try {
                plans.saveSettings(actor, assemblyId, settings);
                flash.addFlashAttribute("notice", "tables.settings.saved");
                return "redirect:/assemblies/" + assemblyId + "/tables";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        model.addAttribute("pairForm", new PairForm());
        model.addAttribute("view", plans.settings(actor, assemblyId));
        return "tables/settings";
    }

    @PostMapping("/pairs")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String addPair(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("pairForm") PairForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var pair = form.toPair(errors);
        if (pair != null) {
            try {
                plans.addPair(actor, assemblyId, pair);
                flash.addFlashAttribute("notice", "tables.pairs.added");
                return "redirect:/assemblies/" + assemblyId + "/tables/settings#pairs";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        var view = plans.settings(actor, assemblyId);
        model.addAttribute("form", SettingsForm.of(view.settings()));
        model.addAttribute("view", view);
        return "tables/settings";
    }

    @PostMapping("/pairs/remove")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String removePair(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "") String pair,
            RedirectAttributes flash) {
        try {
            plans.removePair(actor, assemblyId, pairId(pair));
            flash.addFlashAttribute("notice", "tables.pairs.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/tables/settings#pairs";
    }

    /** A pair id as posted; one that is not an id at all is answered like a pair removed meanwhile. */
    private static PairId pairId(String posted) {
        try {
            return new PairId(UUID.fromString(posted));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("pair", "tables.pairs.not-found");
        }
    }

    /** Session ids as posted; one that is not an id at all is refused like an unknown session. */
    private static Set<SessionId> sessionIds(List<String> posted) {
        Set<SessionId> ids = new HashSet<>();
        for (String id : posted) {
            try {
                ids.add(new SessionId(UUID.fromString(id)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sessions", "tables.plan.unknown-session");
            }
        }
        return ids;
    }

    /** A seed as typed: empty for a random one, else a whole number of up to 15 digits. */
    private static @Nullable Long seed(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            long seed = Long.parseLong(typed.strip());
            if (seed >= 0 && seed <= TablePlans.LARGEST_SEED) {
                return seed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("seed", "tables.plan.seed.invalid");
    }
}
