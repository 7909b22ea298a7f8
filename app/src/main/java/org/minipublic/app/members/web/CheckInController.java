package org.minipublic.app.members.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.Attendance;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checking members in on a tablet at the door. Each name is a button in its own form: without JavaScript it posts and
 * the page reloads at that name; with htmx only that name's line and the count are replaced.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members/check-in")
@RequiresPermission(Permission.CHECK_IN_MEMBERS)
class CheckInController {

    private final Attendance attendance;

    CheckInController(Attendance attendance) {
        this.attendance = attendance;
    }

    /** Opens today's list, or the next day's, or the last day's. */
    @GetMapping
    String open(@PathVariable AssemblyId assemblyId) {
        var days = attendance.days(assemblyId);
        if (days.isEmpty()) {
            return "members/check-in-no-days";
        }
        return redirect(assemblyId, Attendance.dayToOpen(days, attendance.today()), null);
    }

    @GetMapping("/{date}")
    String sheet(
            @PathVariable AssemblyId assemblyId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor,
            Model model) {
        model.addAttribute("sheet", attendance.sheet(actor, assemblyId, date));
        return "members/check-in";
    }

    @PostMapping("/{date}/{memberId}")
    String mark(
            @PathVariable AssemblyId assemblyId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable MemberId memberId,
            @RequestParam(defaultValue = "true") boolean present,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        try {
            var row = attendance.mark(actor, assemblyId, memberId, date, present);
            if (htmx == null) {
                return redirect(assemblyId, date, memberId);
            }
            model.addAttribute("row", row);
        } catch (InvalidInputException e) {
            if (htmx == null) {
                e.flashOn(flash);
                return redirect(assemblyId, date, null);
            }
            model.addAttribute("rowProblem", e.messageKey());
        }
        model.addAttribute("date", date);
        model.addAttribute("count", attendance.count(actor, assemblyId, date));
        return model.containsAttribute("row") ? "members/check-in :: marked" : "members/check-in :: gone";
    }

    private static String redirect(AssemblyId assemblyId, LocalDate date, @Nullable MemberId at) {
        return "redirect:/assemblies/" + assemblyId + "/members/check-in/" + date + (at == null ? "" : "#member-" + at);
    }
}
