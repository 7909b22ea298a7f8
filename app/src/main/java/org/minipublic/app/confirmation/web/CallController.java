package org.minipublic.app.confirmation.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.confirmation.CallEntry;
import org.minipublic.app.confirmation.CallOutcome;
import org.minipublic.app.confirmation.CallStatus;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The call list for recruiters and organisers, one person's page, and recording a call's outcome. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/calls")
@RequiresPermission(Permission.CALL_PANEL)
class CallController {

    private final ConfirmationCalls calls;

    CallController(ConfirmationCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var rows = calls.callList(actor, assemblyId);
        // keyed by name: the template's expression language cannot index an EnumMap
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (var status : CallStatus.values()) {
            counts.put(status.name(), 0);
        }
        rows.forEach(row -> counts.merge(row.status().name(), 1, Integer::sum));
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", CallStatus.values());
        return "confirmation/calls";
    }

    @GetMapping("/{respondentId}")
    String call(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor, Model model) {
        var row = calls.call(actor, assemblyId, respondentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("row", row);
        return "confirmation/call";
    }

    @PostMapping("/{respondentId}")
    String record(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RespondentId respondentId,
            Actor actor,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String callBackAt,
            @RequestParam(defaultValue = "") String accessNeeds,
            Model model,
            RedirectAttributes flash) {
        try {
            var status = calls.record(
                    actor,
                    assemblyId,
                    respondentId,
                    new CallEntry(outcome(outcome), note, when(callBackAt), accessNeeds));
            flash.addFlashAttribute("notice", "confirmation.recorded." + status);
            return "redirect:/assemblies/" + assemblyId + "/calls";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/calls/" + respondentId;
        }
    }

    private static CallOutcome outcome(String typed) {
        try {
            return CallOutcome.valueOf(typed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "confirmation.outcome.unknown");
        }
    }

    /** A time typed in a date-and-time field, in the server's time zone. */
    private static java.time.@Nullable Instant when(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip())
                    .atZone(ZoneId.systemDefault())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("callBackAt", "confirmation.call-back.when");
        }
    }
}
