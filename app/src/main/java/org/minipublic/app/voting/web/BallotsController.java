package org.minipublic.app.voting.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.Ballot;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of ballots, preparing one, and the steps of its life: open, close, remove. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ballots")
class BallotsController {

    private final Ballots ballots;
    private final MessageSource messages;

    BallotsController(Ballots ballots, MessageSource messages) {
        this.ballots = ballots;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_BALLOTS)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("ballots", ballots.all(actor, assemblyId));
        return "voting/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String create(@PathVariable AssemblyId assemblyId, Actor actor, Model model, java.util.Locale locale) {
        var form = new BallotForm();
        form.setLabels(messages.getMessage("voting.scale.default", null, locale).replace("|", "\n"));
        return form(actor, assemblyId, null, form, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") BallotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var details = form.toDetails(errors);
        if (details == null) {
            return form(actor, assemblyId, null, form, model);
        }
        BallotId id;
        try {
            id = ballots.create(actor, assemblyId, details);
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, null, form, model);
        }
        flash.addFlashAttribute("notice", "voting.ballot.created");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + id;
    }

    @GetMapping("/{ballotId}")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        model.addAttribute("ballot", ballot);
        model.addAttribute("itemForm", new ItemForm());
        model.addAttribute("requires", requiresTitle(actor, assemblyId, ballot));
        return "voting/ballot";
    }

    @GetMapping("/{ballotId}/edit")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        return form(actor, assemblyId, ballot, BallotForm.of(ballot), model);
    }

    @PostMapping("/{ballotId}/edit")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            @ModelAttribute("form") BallotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        var details = form.toDetails(errors);
        if (details == null) {
            return form(actor, assemblyId, ballot, form, model);
        }
        try {
            ballots.update(actor, assemblyId, ballotId, details, form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, ballot, form, model);
        }
        flash.addFlashAttribute("notice", "voting.ballot.saved");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
    }

    @GetMapping("/{ballotId}/open")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String confirmOpen(@PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        return confirm(assemblyId, ballotId, "open", actor, model);
    }

    @GetMapping("/{ballotId}/close")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String confirmClose(
            @PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        return confirm(assemblyId, ballotId, "close", actor, model);
    }

    @GetMapping("/{ballotId}/remove")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String confirmRemove(
            @PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        return confirm(assemblyId, ballotId, "remove", actor, model);
    }

    @PostMapping("/{ballotId}/open")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String open(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            ballots.open(actor, assemblyId, ballotId);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
        }
        flash.addFlashAttribute("notice", "voting.ballot.opened");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
    }

    @PostMapping("/{ballotId}/close")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String close(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            ballots.close(actor, assemblyId, ballotId);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
        }
        flash.addFlashAttribute("notice", "voting.ballot.closed");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/results";
    }

    @PostMapping("/{ballotId}/remove")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            ballots.remove(actor, assemblyId, ballotId);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
        }
        flash.addFlashAttribute("notice", "voting.ballot.removed");
        return "redirect:/assemblies/" + assemblyId + "/ballots";
    }

    private String confirm(AssemblyId assemblyId, BallotId ballotId, String step, Actor actor, Model model) {
        model.addAttribute("ballot", ballots.ballot(actor, assemblyId, ballotId));
        model.addAttribute("step", step);
        return "voting/confirm";
    }

    private String form(Actor actor, AssemblyId assembly, @Nullable Ballot ballot, BallotForm form, Model model) {
        model.addAttribute("ballot", ballot);
        model.addAttribute("form", form);
        model.addAttribute(
                "earlier",
                ballots.all(actor, assembly).stream()
                        .filter(b -> ballot == null || !b.id().equals(ballot.id()))
                        .filter(b -> !(b.method() instanceof BallotMethod.Prioritise))
                        .toList());
        return "voting/form";
    }

    private @Nullable String requiresTitle(Actor actor, AssemblyId assembly, Ballot ballot) {
        var requires = ballot.details().requires();
        return requires == null
                ? null
                : ballots.ballot(actor, assembly, requires).title();
    }
}
