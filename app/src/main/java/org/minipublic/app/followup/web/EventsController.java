package org.minipublic.app.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.followup.Event;
import org.minipublic.app.followup.EventId;
import org.minipublic.app.followup.EventKind;
import org.minipublic.app.followup.FollowUpEvents;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for follow-up events: the list, adding and changing, publishing, cancelling, and who signed up. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/events")
class EventsController {

    private final FollowUpEvents events;

    EventsController(FollowUpEvents events) {
        this.events = events;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("events", events.all(actor, assemblyId));
        return "followup/events";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String create(Model model) {
        return form(null, new EventForm(), model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        EventId id;
        try {
            id = events.create(actor, assemblyId, form.details());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(null, form, model);
        }
        flash.addFlashAttribute("notice", "followup.event.added");
        return "redirect:/assemblies/" + assemblyId + "/events/" + id;
    }

    @GetMapping("/{eventId}")
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, Model model) {
        model.addAttribute("event", events.event(actor, assemblyId, eventId));
        return "followup/event";
    }

    @GetMapping("/{eventId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, Model model) {
        var event = events.event(actor, assemblyId, eventId);
        return form(event, EventForm.of(event), model);
    }

    @PostMapping("/{eventId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String change(
            @PathVariable AssemblyId assemblyId,
            @PathVariable EventId eventId,
            Actor actor,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var event = events.event(actor, assemblyId, eventId);
        try {
            events.change(actor, assemblyId, eventId, form.details(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(event, form, model);
        }
        flash.addFlashAttribute("notice", "followup.event.changed");
        return "redirect:/assemblies/" + assemblyId + "/events/" + eventId;
    }

    @PostMapping("/{eventId}/publish")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String publish(
            @PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, RedirectAttributes flash) {
        try {
            events.publish(actor, assemblyId, eventId);
            flash.addFlashAttribute("notice", "followup.event.published");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/events/" + eventId;
    }

    @GetMapping("/{eventId}/cancel")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String confirmCancel(@PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, Model model) {
        model.addAttribute("event", events.event(actor, assemblyId, eventId));
        model.addAttribute("step", "cancel");
        return "followup/confirm";
    }

    @PostMapping("/{eventId}/cancel")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String cancel(
            @PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, RedirectAttributes flash) {
        try {
            events.cancel(actor, assemblyId, eventId);
            flash.addFlashAttribute("notice", "followup.event.cancelled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/events/" + eventId;
    }

    @GetMapping("/{eventId}/delete")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String confirmDelete(@PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, Model model) {
        model.addAttribute("event", events.event(actor, assemblyId, eventId));
        model.addAttribute("step", "delete");
        return "followup/confirm";
    }

    @PostMapping("/{eventId}/delete")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String delete(
            @PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, RedirectAttributes flash) {
        try {
            events.delete(actor, assemblyId, eventId);
            flash.addFlashAttribute("notice", "followup.event.deleted");
            return "redirect:/assemblies/" + assemblyId + "/events";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/events/" + eventId;
        }
    }

    @GetMapping("/{eventId}/sign-ups")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String signUps(@PathVariable AssemblyId assemblyId, @PathVariable EventId eventId, Actor actor, Model model) {
        model.addAttribute("event", events.event(actor, assemblyId, eventId));
        model.addAttribute("signUps", events.signUps(actor, assemblyId, eventId));
        return "followup/sign-ups";
    }

    @GetMapping("/{eventId}/sign-ups.csv")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    void signUpsCsv(
            @PathVariable AssemblyId assemblyId,
            @PathVariable EventId eventId,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        var signUps = events.signUps(actor, assemblyId, eventId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment().filename("sign-ups.csv").build().toString());
        try (var csv = CsvExport.open(response.getOutputStream(), "name", "email", "access_needs", "language")) {
            for (var s : signUps) {
                csv.row(s.name(), s.email(), s.accessNeeds(), s.language());
            }
        }
    }

    private static String form(@Nullable Event event, EventForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventKind.values());
        return "followup/event-form";
    }
}
