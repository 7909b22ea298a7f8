package org.minipublic.app.selection.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.Ceremony;
import org.minipublic.app.selection.CeremonyId;
import org.minipublic.app.selection.CeremonyReveals;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draw ceremony's page for staff: the commitment to publish, the private list of pseudonyms, the digits drawn in
 * public, and the draw they started. Ceremonies are started from the draws page.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ceremonies/{ceremonyId}")
class CeremoniesController {

    private final Ceremonies ceremonies;
    private final CeremonyReveals reveals;
    private final Draws draws;

    CeremoniesController(Ceremonies ceremonies, CeremonyReveals reveals, Draws draws) {
        this.ceremonies = ceremonies;
        this.reveals = reveals;
        this.draws = draws;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_SELECTION)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId, Actor actor, Model model) {
        return page(assemblyId, ceremonyId, actor, model);
    }

    @PostMapping("/reveal")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String reveal(
            @PathVariable AssemblyId assemblyId,
            @PathVariable CeremonyId ceremonyId,
            Actor actor,
            @ModelAttribute("form") RevealForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            var draw = reveals.reveal(actor, assemblyId, ceremonyId, form.getDigits());
            flash.addFlashAttribute("notice", "selection.ceremony.revealed");
            return "redirect:/assemblies/" + assemblyId + "/draws/" + draw;
        } catch (InvalidInputException e) {
            reveals.refused(actor, assemblyId, ceremonyId, form.getDigits(), e.messageKey());
            if ("digits".equals(e.field())) {
                e.rejectOn(errors);
            } else {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            return page(assemblyId, ceremonyId, actor, model);
        }
    }

    /** Calls the ceremony off before its digits are drawn; the reason is shown on its public page. */
    @PostMapping("/cancel")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String cancel(
            @PathVariable AssemblyId assemblyId,
            @PathVariable CeremonyId ceremonyId,
            Actor actor,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (ceremonies.find(actor, assemblyId, ceremonyId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            ceremonies.cancel(actor, assemblyId, ceremonyId, form.getReason());
            flash.addFlashAttribute("notice", "selection.ceremony.cancelled");
            return "redirect:/assemblies/" + assemblyId + "/ceremonies/" + ceremonyId;
        } catch (InvalidInputException e) {
            if (!e.messageKey().startsWith("selection.ceremony.cancel.reason.")) {
                // revealed or cancelled meanwhile: the page no longer has the form that would show the error
                flash.addFlashAttribute("problem", e.messageKey());
                return "redirect:/assemblies/" + assemblyId + "/ceremonies/" + ceremonyId;
            }
            e.rejectOn(errors);
            return page(assemblyId, ceremonyId, actor, model);
        }
    }

    @PostMapping("/again")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String again(
            @PathVariable AssemblyId assemblyId,
            @PathVariable CeremonyId ceremonyId,
            Actor actor,
            RedirectAttributes flash) {
        if (ceremonies.find(actor, assemblyId, ceremonyId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            var draw = reveals.runAgain(actor, assemblyId, ceremonyId);
            flash.addFlashAttribute("notice", "selection.draw.started");
            return "redirect:/assemblies/" + assemblyId + "/draws/" + draw;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.messageKey());
            return "redirect:/assemblies/" + assemblyId + "/ceremonies/" + ceremonyId;
        }
    }

    @GetMapping("/commitment.txt")
    @RequiresPermission(Permission.VIEW_SELECTION)
    ResponseEntity<byte[]> commitment(
            @PathVariable AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId, Actor actor) {
        var ceremony = ceremonies
                .find(actor, assemblyId, ceremonyId)
                .filter(c -> c.commitment() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return CeremonyFiles.text(
                "ceremony-" + ceremony.number() + "-commitment.txt",
                java.util.Objects.requireNonNull(ceremony.commitment()));
    }

    /** The private list: who has which pseudonym. Personal data, so organisers only, and every download audited. */
    @GetMapping("/pseudonyms.csv")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    ResponseEntity<byte[]> pseudonyms(
            @PathVariable AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId, Actor actor) throws IOException {
        var ceremony = ceremonies
                .find(actor, assemblyId, ceremonyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var lines = ceremonies
                .pseudonyms(actor, assemblyId, ceremonyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var out = new ByteArrayOutputStream();
        try (var csv = CsvExport.open(out, "respondent", "name", "contact", "pseudonym", "panels")) {
            for (var line : lines) {
                csv.row(line.respondent(), line.name(), line.contact(), line.pseudonym(), line.panels());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ceremony-" + ceremony.number() + "-pseudonyms.csv")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    private String page(AssemblyId assemblyId, CeremonyId ceremonyId, Actor actor, Model model) {
        Ceremony ceremony = ceremonies
                .find(actor, assemblyId, ceremonyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ceremony", ceremony);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RevealForm());
        }
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", new CancelForm());
        }
        model.addAttribute(
                "ceremonyDraw",
                ceremony.draw() == null
                        ? null
                        : draws.find(assemblyId, ceremony.draw()).orElse(null));
        model.addAttribute("reveal", ceremony.reveal());
        model.addAttribute("public", draws.isPublic(assemblyId));
        model.addAttribute("stale", ceremony.committed() && !reveals.stillApplies(actor, assemblyId, ceremony));
        return "selection/ceremony";
    }
}
