package org.minipublic.app.selection.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.AlternateDeclines;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Records, from the draw page's list of alternates, that an alternate said no when asked, or takes it back. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/draws/{drawId}/alternates/declines")
class AlternateDeclinesController {

    private final AlternateDeclines declines;

    AlternateDeclinesController(AlternateDeclines declines) {
        this.declines = declines;
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String record(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DrawId drawId,
            Actor actor,
            @RequestParam RespondentId respondent,
            @RequestParam(defaultValue = "false") boolean undo,
            RedirectAttributes flash) {
        try {
            if (undo) {
                declines.undo(actor, assemblyId, drawId, respondent);
                flash.addFlashAttribute("notice", "selection.alternates.decline-undone");
            } else {
                declines.decline(actor, assemblyId, drawId, respondent);
                flash.addFlashAttribute("notice", "selection.alternates.declined-done");
            }
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/draws/" + drawId + "#alternates";
    }
}
