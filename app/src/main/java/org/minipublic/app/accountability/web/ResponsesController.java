package org.minipublic.app.accountability.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.BallotId;
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

/** The recommendations with the institution's responses, the response deadline, the members' verdict, publishing. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/responses")
class ResponsesController {

    private final Responses responses;
    private final ActionPlan plan;

    ResponsesController(Responses responses, ActionPlan plan) {
        this.responses = responses;
        this.plan = plan;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("recommendations", responses.all(actor, assemblyId));
        model.addAttribute("settings", responses.settings(actor, assemblyId));
        model.addAttribute("today", responses.today());
        return "accountability/responses";
    }

    @GetMapping("/bring-in")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String bringInPage(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("ballots", responses.closedBallots(actor, assemblyId));
        return "accountability/bring-in";
    }

    @PostMapping("/from-ballot")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String fromBallot(
            @PathVariable AssemblyId assemblyId, @RequestParam BallotId ballot, Actor actor, RedirectAttributes flash) {
        try {
            int added = responses.bringInAdopted(actor, assemblyId, ballot);
            flash.addFlashAttribute(
                    "notice", added == 0 ? "accountability.brought-in.none" : "accountability.brought-in");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/responses";
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String add(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            RedirectAttributes flash) {
        try {
            var id = responses.add(actor, assemblyId, title, body);
            flash.addFlashAttribute("notice", "accountability.recommendation.added");
            return "redirect:/assemblies/" + assemblyId + "/responses/" + id;
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftTitle", title);
            flash.addFlashAttribute("draftBody", body);
            return "redirect:/assemblies/" + assemblyId + "/responses/bring-in";
        }
    }

    @PostMapping("/due")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String due(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String due,
            Actor actor,
            RedirectAttributes flash) {
        try {
            responses.setResponseDue(actor, assemblyId, due.isBlank() ? null : LocalDate.parse(due.strip()));
            flash.addFlashAttribute("notice", "accountability.due.saved");
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "accountability.due.invalid");
        }
        return "redirect:/assemblies/" + assemblyId + "/responses";
    }

    @PostMapping("/publish")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String publish(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "false") boolean published,
            Actor actor,
            RedirectAttributes flash) {
        try {
            responses.publish(actor, assemblyId, published);
            flash.addFlashAttribute("notice", published ? "accountability.published" : "accountability.unpublished");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/responses";
    }

    @GetMapping("/{recommendationId}")
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String show(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RecommendationId recommendationId,
            Actor actor,
            Model model) {
        var recommendation = responses.recommendation(actor, assemblyId, recommendationId);
        return page(actor, assemblyId, recommendationId, ResponseForm.of(recommendation, responses.today()), model);
    }

    @PostMapping("/{recommendationId}")
    @RequiresPermission(Permission.RESPOND_TO_RECOMMENDATIONS)
    String respond(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RecommendationId recommendationId,
            Actor actor,
            @ModelAttribute("form") ResponseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            responses.respond(actor, assemblyId, recommendationId, form.text(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            var current = responses
                    .recommendation(actor, assemblyId, recommendationId)
                    .response();
            if (current != null && "accountability.response.changed-meanwhile".equals(e.messageKey())) {
                // Theirs shows above the form; saving again replaces it with what this officer typed.
                form.setVersion(current.version());
            }
            return page(actor, assemblyId, recommendationId, form, model);
        }
        flash.addFlashAttribute("notice", "accountability.response.saved");
        return "redirect:/assemblies/" + assemblyId + "/responses/" + recommendationId;
    }

    @PostMapping("/{recommendationId}/verdict")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String verdict(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RecommendationId recommendationId,
            @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String statement,
            Actor actor,
            RedirectAttributes flash) {
        try {
            responses.recordVerdict(actor, assemblyId, recommendationId, score(score), statement);
            flash.addFlashAttribute("notice", "accountability.verdict.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftScore", score);
            flash.addFlashAttribute("draftStatement", statement);
        }
        return "redirect:/assemblies/" + assemblyId + "/responses/" + recommendationId + "#verdict";
    }

    @PostMapping("/{recommendationId}/remove")
    @RequiresPermission(Permission.MANAGE_RECOMMENDATIONS)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RecommendationId recommendationId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            responses.remove(actor, assemblyId, recommendationId);
            flash.addFlashAttribute("notice", "accountability.recommendation.removed");
            return "redirect:/assemblies/" + assemblyId + "/responses";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/responses/" + recommendationId;
        }
    }

    private String page(Actor actor, AssemblyId assemblyId, RecommendationId id, ResponseForm form, Model model) {
        var recommendation = responses.recommendation(actor, assemblyId, id);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("form", form);
        model.addAttribute("statuses", ResponseStatus.values());
        model.addAttribute(
                "actions",
                plan.all(actor, assemblyId).stream()
                        .filter(a -> a.recommendations().contains(id))
                        .toList());
        return "accountability/response";
    }

    /** A score as typed ("7", "7.5" or "7,5"); blank clears it. */
    private static @org.jspecify.annotations.Nullable BigDecimal score(String text) {
        String clean = text.strip().replace(',', '.');
        if (clean.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("score", "accountability.verdict.score-range");
        }
    }
}
