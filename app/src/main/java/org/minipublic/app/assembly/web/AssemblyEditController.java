package org.minipublic.app.assembly.web;

import jakarta.validation.Valid;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.assembly.ConcurrentEditException;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
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

/** Editing an assembly's details: question, bodies, days and venues. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/edit")
@RequiresPermission(Permission.EDIT_ASSEMBLY)
class AssemblyEditController {

    private final Assemblies assemblies;

    AssemblyEditController(Assemblies assemblies) {
        this.assemblies = assemblies;
    }

    @GetMapping
    String form(@PathVariable AssemblyId assemblyId, Model model) {
        var assembly = assemblies.find(assemblyId).orElseThrow(() -> new AssemblyNotFoundException(assemblyId));
        model.addAttribute("form", AssemblyForm.of(assembly));
        return "assembly/edit";
    }

    @PostMapping
    String save(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @Valid @ModelAttribute("form") AssemblyForm form,
            BindingResult errors,
            @RequestParam(name = "addDay", required = false) String addDay,
            RedirectAttributes flash) {
        if (addDay != null) {
            form.addEmptyRows(1);
            errors.getModel().clear();
            return "assembly/edit";
        }
        AssemblyFormValidator.validate(form, errors);
        if (!errors.hasFieldErrors("title") && assemblies.isTitleTaken(form.getTitle(), assemblyId)) {
            errors.rejectValue("title", "assembly.title.taken");
        }
        if (errors.hasErrors()) {
            return "assembly/edit";
        }
        try {
            assemblies.update(actor, assemblyId, form.toDetails(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "assembly/edit";
        } catch (ConcurrentEditException e) {
            errors.reject("assembly.concurrent-edit");
            return "assembly/edit";
        }
        flash.addFlashAttribute("notice", "assembly.notice.saved");
        return "redirect:/assemblies/" + assemblyId;
    }
}
