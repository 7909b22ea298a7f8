package org.minipublic.app.accountability.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.ActionId;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.MeetingId;
import org.minipublic.app.accountability.RecommendationId;
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

/** Review meetings of the action plan: the list, recording and changing one, its decisions, deleting it. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/meetings")
class MeetingsController {

    private final ReviewMeetings meetings;
    private final ActionPlan plan;
    private final Responses responses;

    MeetingsController(ReviewMeetings meetings, ActionPlan plan, Responses responses) {
        this.meetings = meetings;
        this.plan = plan;
        this.responses = responses;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("meetings", meetings.all(actor, assemblyId));
        return "accountability/meetings";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String create(@PathVariable AssemblyId assemblyId, Model model) {
        return form(null, new MeetingForm(), model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        MeetingId id;
        try {
            id = meetings.add(actor, assemblyId, form.text());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(null, form, model);
        }
        flash.addFlashAttribute("notice", "accountability.meeting.added");
        return "redirect:/assemblies/" + assemblyId + "/meetings/" + id;
    }

    @GetMapping("/{meetingId}")
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable MeetingId meetingId, Actor actor, Model model) {
        model.addAttribute("meeting", meetings.meeting(actor, assemblyId, meetingId));
        model.addAttribute("actions", plan.all(actor, assemblyId));
        model.addAttribute("recommendations", responses.all(actor, assemblyId));
        return "accountability/meeting";
    }

    @GetMapping("/{meetingId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable MeetingId meetingId, Actor actor, Model model) {
        var meeting = meetings.meeting(actor, assemblyId, meetingId);
        return form(meeting, MeetingForm.of(meeting), model);
    }

    @PostMapping("/{meetingId}/edit")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String change(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MeetingId meetingId,
            Actor actor,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var meeting = meetings.meeting(actor, assemblyId, meetingId);
        try {
            meetings.change(actor, assemblyId, meetingId, form.text(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(meeting, form, model);
        }
        flash.addFlashAttribute("notice", "accountability.meeting.changed");
        return "redirect:/assemblies/" + assemblyId + "/meetings/" + meetingId;
    }

    @PostMapping("/{meetingId}/delete")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String delete(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MeetingId meetingId,
            Actor actor,
            RedirectAttributes flash) {
        meetings.delete(actor, assemblyId, meetingId);
        flash.addFlashAttribute("notice", "accountability.meeting.deleted");
        return "redirect:/assemblies/" + assemblyId + "/meetings";
    }

    @PostMapping("/{meetingId}/decisions")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String addDecision(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MeetingId meetingId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") List<String> actions,
            @RequestParam(defaultValue = "") List<String> recommendations,
            Actor actor,
            RedirectAttributes flash) {
        try {
            meetings.addDecision(
                    actor,
                    assemblyId,
                    meetingId,
                    decision,
                    ids(actions, ActionId::valueOf),
                    ids(recommendations, RecommendationId::valueOf));
            flash.addFlashAttribute("notice", "accountability.decision.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftDecision", decision);
        }
        return "redirect:/assemblies/" + assemblyId + "/meetings/" + meetingId + "#decisions";
    }

    @PostMapping("/{meetingId}/decisions/{decisionId}/remove")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String removeDecision(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MeetingId meetingId,
            @PathVariable UUID decisionId,
            Actor actor,
            RedirectAttributes flash) {
        meetings.removeDecision(actor, assemblyId, meetingId, decisionId);
        flash.addFlashAttribute("notice", "accountability.decision.removed");
        return "redirect:/assemblies/" + assemblyId + "/meetings/" + meetingId + "#decisions";
    }

    private static String form(@Nullable ReviewMeeting meeting, MeetingForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "accountability/meeting-form";
    }

    /** The ticked ids; one that is not an id is refused like one from another assembly. */
    private static <T> List<T> ids(List<String> ticked, Function<String, T> parse) {
        try {
            return ticked.stream().filter(s -> !s.isBlank()).map(parse).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decision", "accountability.decision.unknown-link");
        }
    }
}
