package org.minipublic.app.evidence.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.MaterialSummary;
import org.minipublic.app.evidence.Materials;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.ProgrammeSession;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assembly's materials by topic with the balance of perspectives, one material, adding one and its details. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/materials")
class MaterialsController {

    private final Materials materials;
    private final Programme programme;

    MaterialsController(Materials materials, Programme programme) {
        this.materials = materials;
        this.programme = programme;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_MATERIALS)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale, Model model) {
        Map<String, List<MaterialSummary>> byTopic = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        materials.all(actor, assemblyId).forEach(m -> byTopic.computeIfAbsent(
                        m.material().details().topic(), t -> new java.util.ArrayList<>())
                .add(m));
        model.addAttribute("byTopic", byTopic);
        model.addAttribute("balance", materials.balance(actor, assemblyId));
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("languageNames", MaterialFiles.languageNames(locale));
        return "evidence/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String create(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale, Model model) {
        var form = new MaterialForm();
        form.setLanguage(MaterialFiles.language(locale));
        return form(assemblyId, actor, form, locale, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MaterialForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        var details = form.toDetails(errors);
        try {
            if (details != null) {
                var id = materials.create(actor, assemblyId, details, form.getLanguage(), form.toVersion());
                flash.addFlashAttribute("notice", "evidence.material.added");
                return "redirect:/assemblies/" + assemblyId + "/materials/" + id;
            }
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
        }
        return form(assemblyId, actor, form, locale, model);
    }

    @GetMapping("/{materialId}")
    @RequiresPermission(Permission.VIEW_MATERIALS)
    String show(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            Locale locale,
            Model model) {
        var view = materials.material(actor, assemblyId, materialId);
        model.addAttribute("view", view);
        model.addAttribute("languageNames", MaterialFiles.languageNames(locale));
        var session = view.material().details().session();
        model.addAttribute(
                "sessionTitle",
                session == null ? null : sessionTitles(assemblyId, actor).get(session.toString()));
        return "evidence/material";
    }

    @GetMapping("/{materialId}/edit")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String edit(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            Locale locale,
            Model model) {
        var view = materials.material(actor, assemblyId, materialId);
        model.addAttribute("view", view);
        return form(assemblyId, actor, MaterialForm.of(view.material()), locale, model);
    }

    @PostMapping("/{materialId}/edit")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            @ModelAttribute("form") MaterialForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        var view = materials.material(actor, assemblyId, materialId);
        var details = form.toDetails(errors);
        try {
            if (details != null) {
                materials.update(actor, assemblyId, materialId, details, form.getRevision());
                flash.addFlashAttribute("notice", "evidence.material.saved");
                return "redirect:/assemblies/" + assemblyId + "/materials/" + materialId;
            }
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
        }
        model.addAttribute("view", view);
        return form(assemblyId, actor, form, locale, model);
    }

    private String form(AssemblyId assemblyId, Actor actor, MaterialForm form, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("sessions", sessionTitles(assemblyId, actor));
        model.addAttribute("languageNames", MaterialFiles.languageNames(locale));
        return "evidence/form";
    }

    /** The programme's sessions in time order, by id, with their titles. */
    private Map<String, String> sessionTitles(AssemblyId assemblyId, Actor actor) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (ProgrammeSession session : programme.sessions(actor, assemblyId)) {
            titles.put(session.id().toString(), session.title());
        }
        return titles;
    }
}
