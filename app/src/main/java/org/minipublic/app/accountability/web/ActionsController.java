package org.minipublic.app.accountability.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Action;
import org.minipublic.app.accountability.ActionId;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.OwnerReminders;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.ReviewMeeting;
import org.minipublic.app.accountability.ReviewMeetings;
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

/** The action plan: actions with their status, adding and changing them, milestones and progress updates. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/actions")
class ActionsController {

    private final ActionPlan plan;
    private final Responses responses;
    private final ReviewMeetings meetings;
    private final OwnerReminders reminders;

    ActionsController(ActionPlan plan, Responses responses, ReviewMeetings meetings, OwnerReminders reminders) {
        this.plan = plan;
        this.responses = responses;
        this.meetings = meetings;
        this.reminders = reminders;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String list(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String status,
            Actor actor,
            Model model) {
        var chosen = StatusFilter.parse(status);
        var all = plan.all(actor, assemblyId);
        model.addAttribute("actions", StatusFilter.apply(all, chosen));
        model.addAttribute("chart", ProgressChart.of(StatusFilter.counts(all)));
        model.addAttribute("chosen", chosen);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", responses.today());
        model.addAttribute("reminders", reminders.settings(actor, assemblyId));
        return "accountability/actions";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String create(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String recommendation,
            Actor actor,
            Model model) {
        var form = new ActionForm();
        if (!recommendation.isBlank()) {
            form.getRecommendations().add(recommendation);
        }
        return form(actor, assemblyId, null, form, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        ActionId id;
        try {
            id = plan.add(actor, assemblyId, form.text());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, null, form, model);
        }
        flash.addFlashAttribute("notice", "accountability.action.added");
        return "redirect:/assemblies/" + assemblyId + "/actions/" + id;
    }

    @GetMapping("/{actionId}")
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable ActionId actionId, Actor actor, Model model) {
        var action = plan.action(actor, assemblyId, actionId);
        model.addAttribute("action", action);
        model.addAttribute(
                "answers",
                responses.all(actor, assemblyId).stream()
                        .filter(r -> action.recommendations().contains(r.id()))
                        .toList());
        model.addAttribute("decisions", ReviewMeeting.about(meetings.all(actor, assemblyId), actionId));
        model.addAttribute("lastReminder", reminders.lastSent(actor, assemblyId).get(actionId));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", responses.today());
        return "accountability/action";
    }

    @GetMapping("/{actionId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable ActionId actionId, Actor actor, Model model) {
        var action = plan.action(actor, assemblyId, actionId);
        return form(actor, assemblyId, action, ActionForm.of(action), model);
    }

    @PostMapping("/{actionId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String change(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ActionId actionId,
            Actor actor,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var action = plan.action(actor, assemblyId, actionId);
        try {
            plan.change(actor, assemblyId, actionId, form.text(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, action, form, model);
        }
        flash.addFlashAttribute("notice", "accountability.action.changed");
        return "redirect:/assemblies/" + assemblyId + "/actions/" + actionId;
    }

    @PostMapping("/{actionId}/milestones")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String addMilestone(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ActionId actionId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String due,
            Actor actor,
            RedirectAttributes flash) {
        try {
            plan.addMilestone(actor, assemblyId, actionId, title, date(due));
            flash.addFlashAttribute("notice", "accountability.milestone.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftMilestone", title);
            flash.addFlashAttribute("draftDue", due);
        }
        return "redirect:/assemblies/" + assemblyId + "/actions/" + actionId + "#milestones";
    }

    @PostMapping("/{actionId}/milestones/{milestoneId}/done")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String completeMilestone(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ActionId actionId,
            @PathVariable UUID milestoneId,
            Actor actor,
            RedirectAttributes flash) {
        plan.completeMilestone(actor, assemblyId, actionId, milestoneId);
        flash.addFlashAttribute("notice", "accountability.milestone.done");
        return "redirect:/assemblies/" + assemblyId + "/actions/" + actionId + "#milestones";
    }

    @PostMapping("/{actionId}/updates")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String postUpdate(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ActionId actionId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String evidenceUrl,
            @RequestParam(defaultValue = "") String status,
            Actor actor,
            RedirectAttributes flash) {
        try {
            plan.postUpdate(actor, assemblyId, actionId, body, evidenceUrl, StatusFilter.parse(status));
            flash.addFlashAttribute("notice", "accountability.update.posted");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftUpdate", body);
            flash.addFlashAttribute("draftUrl", evidenceUrl);
        }
        return "redirect:/assemblies/" + assemblyId + "/actions/" + actionId + "#updates";
    }

    private String form(Actor actor, AssemblyId assemblyId, @Nullable Action action, ActionForm form, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("recommendations", responses.all(actor, assemblyId));
        return "accountability/action-form";
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
