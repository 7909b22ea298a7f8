package org.minipublic.app.accountability.web;

import org.minipublic.app.accountability.OwnerReminders;
import org.minipublic.app.accountability.ReminderSettings;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** When the action owners of an assembly are reminded, set on the action plan page. */
@Controller
class RemindersController {

    private final OwnerReminders reminders;

    RemindersController(OwnerReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/assemblies/{assemblyId}/actions/reminders")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String change(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String daysBefore,
            @RequestParam(defaultValue = "") String quietDays,
            Actor actor,
            RedirectAttributes flash) {
        try {
            reminders.changeSettings(
                    actor,
                    assemblyId,
                    new ReminderSettings(number(daysBefore, "daysBefore"), number(quietDays, "quietDays")));
            flash.addFlashAttribute("notice", "accountability.reminders.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/actions#reminders";
    }

    /** A whole number of days; anything else is refused like one out of range. */
    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return field.equals("daysBefore") ? 0 : -1;
        }
    }
}
