package org.minipublic.app.evidence.web;

import java.io.IOException;
import java.util.Locale;
import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.MaterialView;
import org.minipublic.app.evidence.Materials;
import org.minipublic.app.evidence.PageText;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
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

/** A material's versions: adding one (of the original or a translation), and reading or downloading any of them. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/materials/{materialId}/versions")
class MaterialVersionsController {

    private final Materials materials;

    MaterialVersionsController(Materials materials) {
        this.materials = materials;
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String create(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            @RequestParam(defaultValue = "") String language,
            Actor actor,
            Locale locale,
            Model model) {
        var view = materials.material(actor, assemblyId, materialId);
        var form = new MaterialForm();
        form.setLanguage(language.isBlank() ? view.material().language() : language);
        // The form starts from the newest version in the language, so that a small correction stays small.
        var newest = view.versions().stream()
                .filter(v -> v.language().equals(form.getLanguage()))
                .findFirst();
        if (newest.isPresent()) {
            var version = newest.get();
            form.setTitle(version.title());
            form.setKind(version.isFile() ? MaterialForm.Kind.FILE.name() : MaterialForm.Kind.PAGE.name());
            if (!version.isFile()) {
                form.setBody(materials
                        .version(actor, assemblyId, materialId, version.language(), version.number())
                        .body());
            }
        }
        return form(view, form, locale, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String add(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            @ModelAttribute("form") MaterialForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        var view = materials.material(actor, assemblyId, materialId);
        try {
            materials.addVersion(actor, assemblyId, materialId, form.getLanguage(), form.toVersion());
            flash.addFlashAttribute("notice", "evidence.version.added");
            return "redirect:/assemblies/" + assemblyId + "/materials/" + materialId;
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
        }
        return form(view, form, locale, model);
    }

    /** A page version shown, a file version sent (images shown, other files downloaded). */
    @GetMapping
    @RequiresPermission(Permission.VIEW_MATERIALS)
    Object show(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            @RequestParam String language,
            @RequestParam int number,
            Actor actor,
            Model model) {
        var version = materials.version(actor, assemblyId, materialId, language, number);
        var info = version.info();
        var fileName = info.fileName();
        var mediaType = info.mediaType();
        if (fileName != null && mediaType != null) {
            return MaterialFiles.send(fileName, mediaType, version.content());
        }
        model.addAttribute("material", materials.material(actor, assemblyId, materialId));
        model.addAttribute("version", info);
        model.addAttribute("blocks", PageText.blocks(version.body()));
        model.addAttribute("direction", Languages.isRightToLeft(Locale.forLanguageTag(language)) ? "rtl" : "ltr");
        return "evidence/version";
    }

    private static String form(MaterialView view, MaterialForm form, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("languageNames", MaterialFiles.languageNames(locale));
        return "evidence/version-form";
    }
}
