package org.minipublic.app.voting.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotNotFoundException;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing, moving and removing the items of a draft ballot. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ballots/{ballotId}/items")
class ItemsController {

    private final Ballots ballots;

    ItemsController(Ballots ballots) {
        this.ballots = ballots;
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String add(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            ballots.addItem(actor, assemblyId, ballotId, form.toText());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            var ballot = ballots.ballot(actor, assemblyId, ballotId);
            model.addAttribute("ballot", ballot);
            model.addAttribute("requires", null);
            return "voting/ballot";
        }
        flash.addFlashAttribute("notice", "voting.item.added");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "#items";
    }

    @PostMapping("/from-drafts")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String fromDrafts(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            int added = ballots.addFinalDrafts(actor, assemblyId, ballotId);
            flash.addFlashAttribute("notice", added == 0 ? "voting.item.drafts-none" : "voting.item.drafts-added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "#items";
    }

    @GetMapping("/{itemId}")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String edit(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable ItemId itemId,
            Actor actor,
            Model model) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        var item = ballot.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new BallotNotFoundException(itemId));
        model.addAttribute("ballot", ballot);
        model.addAttribute("item", item);
        model.addAttribute("itemForm", ItemForm.of(item));
        return "voting/item";
    }

    @PostMapping("/{itemId}")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable ItemId itemId,
            Actor actor,
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            ballots.updateItem(actor, assemblyId, ballotId, itemId, form.toText());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            var ballot = ballots.ballot(actor, assemblyId, ballotId);
            model.addAttribute("ballot", ballot);
            model.addAttribute(
                    "item",
                    ballot.items().stream()
                            .filter(i -> i.id().equals(itemId))
                            .findFirst()
                            .orElseThrow(() -> new BallotNotFoundException(itemId)));
            return "voting/item";
        }
        flash.addFlashAttribute("notice", "voting.item.saved");
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "#items";
    }

    @PostMapping("/{itemId}/remove")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable ItemId itemId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            ballots.removeItem(actor, assemblyId, ballotId, itemId);
            flash.addFlashAttribute("notice", "voting.item.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "#items";
    }

    @PostMapping("/{itemId}/up")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String up(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable ItemId itemId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            ballots.moveItemUp(actor, assemblyId, ballotId, itemId);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "#items";
    }
}
