package org.minipublic.app.recruitment.web;

import jakarta.validation.Valid;
import org.minipublic.app.documents.Documents;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.RoundId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Invitation rounds: the rounds so far, drawing a new one, and the households a round invited. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/invitations")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class InvitationRoundController {

    private final InvitationRounds rounds;
    private final AddressList addresses;
    private final Documents documents;

    InvitationRoundController(InvitationRounds rounds, AddressList addresses, Documents documents) {
        this.rounds = rounds;
        this.addresses = addresses;
        this.documents = documents;
    }

    @GetMapping
    String list(@PathVariable AssemblyId assemblyId, Model model) {
        var areas = addresses.areas(assemblyId).stream().map(AreaCount::area).toList();
        model.addAttribute("form", RoundForm.forAreas(areas));
        return page(assemblyId, model);
    }

    @PostMapping
    String draw(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(assemblyId, model);
        }
        try {
            var round = rounds.draw(actor, assemblyId, form.toSettings(), form.getSeed());
            flash.addFlashAttribute("notice", "recruitment.round.drawn");
            return "redirect:/assemblies/" + assemblyId + "/invitations/" + round.id();
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return page(assemblyId, model);
        }
    }

    @GetMapping("/{roundId}")
    String round(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RoundId roundId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var round =
                rounds.round(assemblyId, roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("round", round);
        model.addAttribute("perArea", rounds.perArea(roundId));
        model.addAttribute("result", rounds.invitations(round, page));
        LetterPrintController.addLetters(documents, assemblyId, roundId, model);
        return "recruitment/round";
    }

    private String page(AssemblyId assemblyId, Model model) {
        model.addAttribute("rounds", rounds.rounds(assemblyId));
        var areas = addresses.areas(assemblyId);
        var notInvited = new java.util.HashMap<String, Integer>();
        areas.forEach(area -> notInvited.put(area.area(), area.notInvited()));
        model.addAttribute("areas", areas);
        model.addAttribute("notInvited", notInvited);
        return "recruitment/rounds";
    }
}
