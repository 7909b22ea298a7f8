package org.minipublic.app.assembly.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of the user's assemblies, and creating a new one. */
@Controller
class AssemblyListController {

    private final Assemblies assemblies;
    private final Identity identity;

    AssemblyListController(Assemblies assemblies, Identity identity) {
        this.assemblies = assemblies;
        this.identity = identity;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/assemblies";
    }

    @GetMapping("/assemblies")
    String list(Actor actor, Model model) {
        var user = requireUser(actor);
        Map<AssemblyId, AssemblyRole> roles = identity.rolesOf(user);
        boolean admin = identity.isPlatformAdmin(user);
        model.addAttribute("assemblies", admin ? assemblies.all() : assemblies.summaries(roles.keySet()));
        model.addAttribute("roles", roles);
        model.addAttribute("canCreate", identity.canCreateAssemblies(user));
        return "assembly/list";
    }

    @GetMapping("/assemblies/new")
    String newForm(Actor actor, Model model) {
        requireCreator(actor);
        model.addAttribute("form", AssemblyForm.blank());
        return "assembly/new";
    }

    @PostMapping("/assemblies")
    String create(
            Actor actor,
            @Valid @ModelAttribute("form") AssemblyForm form,
            BindingResult errors,
            @RequestParam(name = "addDay", required = false) String addDay,
            RedirectAttributes flash) {
        requireCreator(actor);
        if (addDay != null) {
            form.addEmptyRows(1);
            errors.getModel().clear();
            return "assembly/new";
        }
        AssemblyFormValidator.validate(form, errors);
        if (!errors.hasFieldErrors("title") && assemblies.isTitleTaken(form.getTitle(), null)) {
            errors.rejectValue("title", "assembly.title.taken");
        }
        if (errors.hasErrors()) {
            return "assembly/new";
        }
        try {
            var id = assemblies.create(actor, form.toDetails());
            flash.addFlashAttribute("notice", "assembly.notice.created");
            return "redirect:/assemblies/" + id;
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "assembly/new";
        }
    }

    private void requireCreator(Actor actor) {
        if (!identity.canCreateAssemblies(requireUser(actor))) {
            throw new AccessDeniedException("only organisers and administrators create assemblies");
        }
    }

    private static org.minipublic.app.shared.UserId requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new AccessDeniedException("not a user");
        }
        return actor.userId();
    }
}
