package org.minipublic.app.confirmation.web;

import org.minipublic.app.confirmation.ReminderChannel;
import org.minipublic.app.confirmation.Reminders;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reminders from the call list: check who gets one and what they will read, then send. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/calls/reminders")
@RequiresPermission(Permission.CALL_PANEL)
class ReminderController {

    private final Reminders reminders;

    ReminderController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping
    String preview(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "EMAIL") ReminderChannel channel,
            Actor actor,
            Model model) {
        model.addAttribute("preview", reminders.preview(actor, assemblyId, channel));
        return "confirmation/reminders";
    }

    @PostMapping
    String send(
            @PathVariable AssemblyId assemblyId,
            @RequestParam ReminderChannel channel,
            Actor actor,
            RedirectAttributes flash) {
        flash.addFlashAttribute("remindersSent", reminders.send(actor, assemblyId, channel));
        return "redirect:/assemblies/" + assemblyId + "/calls";
    }
}
