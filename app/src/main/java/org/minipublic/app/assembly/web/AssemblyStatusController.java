package org.minipublic.app.assembly.web;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.assembly.AssemblyStatus;
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

/** Moving an assembly to the next or previous stage, after a confirmation page. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/status")
@RequiresPermission(Permission.EDIT_ASSEMBLY)
class AssemblyStatusController {

    private final Assemblies assemblies;

    AssemblyStatusController(Assemblies assemblies) {
        this.assemblies = assemblies;
    }

    @GetMapping
    String confirm(@PathVariable AssemblyId assemblyId, @RequestParam AssemblyStatus to, Model model) {
        var assembly = assemblies.find(assemblyId).orElseThrow(() -> new AssemblyNotFoundException(assemblyId));
        if (!assembly.status().isNeighbourOf(to)) {
            return "redirect:/assemblies/" + assemblyId;
        }
        model.addAttribute("target", to);
        model.addAttribute("forward", to.ordinal() > assembly.status().ordinal());
        return "assembly/status";
    }

    @PostMapping
    String move(
            @PathVariable AssemblyId assemblyId,
            @RequestParam AssemblyStatus to,
            Actor actor,
            RedirectAttributes flash) {
        try {
            assemblies.moveTo(actor, assemblyId, to);
            flash.addFlashAttribute("notice", "assembly.notice.status-changed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId;
    }
}
