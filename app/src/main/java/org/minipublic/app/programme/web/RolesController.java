package org.minipublic.app.programme.web;

import java.util.UUID;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.programme.Responsibilities;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assembly's roles and responsibilities: who does what, on one page. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/roles")
class RolesController {

    private final Responsibilities responsibilities;

    RolesController(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_TEAM)
    String show(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var people = responsibilities.all(actor, assemblyId);
        var groups = new java.util.LinkedHashMap<AssemblyRole, java.util.List<org.minipublic.app.programme.TeamDuty>>();
        for (var role : AssemblyRole.values()) {
            if (role != AssemblyRole.MEMBER) {
                groups.put(role, people.stream().filter(p -> p.role() == role).toList());
            }
        }
        model.addAttribute("groups", groups);
        return "programme/roles";
    }

    @PostMapping("/{userId}")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String write(
            @PathVariable AssemblyId assemblyId,
            @PathVariable String userId,
            Actor actor,
            @RequestParam(defaultValue = "") String duties,
            RedirectAttributes flash) {
        try {
            responsibilities.write(actor, assemblyId, new UserId(UUID.fromString(userId)), duties);
            flash.addFlashAttribute("notice", "programme.roles.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", "programme.roles.not-on-team");
        }
        return "redirect:/assemblies/" + assemblyId + "/roles";
    }
}
