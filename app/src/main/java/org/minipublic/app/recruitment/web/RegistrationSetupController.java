package org.minipublic.app.recruitment.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.CategoryId;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.recruitment.StandardCategories;
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

/** What registration asks (categories) and when it closes. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/registration")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class RegistrationSetupController {

    private final RegistrationSetup setup;

    RegistrationSetupController(RegistrationSetup setup) {
        this.setup = setup;
    }

    @GetMapping
    String show(@PathVariable AssemblyId assemblyId, Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(setup.settings(assemblyId)));
        model.addAttribute("categoryForm", new CategoryForm());
        return page(assemblyId, model);
    }

    @PostMapping("/settings")
    String saveSettings(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                setup.saveSettings(
                        actor,
                        assemblyId,
                        form.toSettings(setup.settings(assemblyId).referenceDate()));
                flash.addFlashAttribute("notice", "recruitment.settings.saved");
                return redirect(assemblyId);
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        model.addAttribute("categoryForm", new CategoryForm());
        return page(assemblyId, model);
    }

    @PostMapping("/categories")
    String addCategory(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            setup.addCategory(actor, assemblyId, form.toCategory());
            flash.addFlashAttribute("notice", "recruitment.category.added");
            return redirect(assemblyId);
        } catch (InvalidInputException e) {
            if (e.field().equals("name") || e.field().equals("options")) {
                e.rejectOn(errors);
            } else {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            model.addAttribute("settingsForm", SettingsForm.of(setup.settings(assemblyId)));
            return page(assemblyId, model);
        }
    }

    @PostMapping("/categories/standard")
    String addStandard(
            @PathVariable AssemblyId assemblyId, Actor actor, @RequestParam String name, RedirectAttributes flash) {
        var category = StandardCategories.all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst();
        try {
            category.ifPresent(c -> setup.addCategory(actor, assemblyId, c));
            flash.addFlashAttribute("notice", "recruitment.category.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirect(assemblyId);
    }

    @PostMapping("/categories/{categoryId}/remove")
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable CategoryId categoryId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            setup.removeCategory(actor, assemblyId, categoryId);
            flash.addFlashAttribute("notice", "recruitment.category.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirect(assemblyId);
    }

    private String page(AssemblyId assemblyId, Model model) {
        var categories = setup.categories(assemblyId);
        model.addAttribute("categories", categories);
        model.addAttribute(
                "standard",
                StandardCategories.all().stream()
                        .filter(s -> categories.stream().noneMatch(c -> c.name().equalsIgnoreCase(s.name())))
                        .toList());
        return "recruitment/registration";
    }

    private static String redirect(AssemblyId assemblyId) {
        return "redirect:/assemblies/" + assemblyId + "/registration";
    }
}
