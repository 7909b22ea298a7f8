package org.minipublic.app.messaging.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.messaging.MailingId;
import org.minipublic.app.messaging.MailingLetters;
import org.minipublic.app.messaging.Mailings;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mailings to respondents: the list, a new one written, previewed and then sent only when the organiser confirms, and
 * one mailing with how its messages stand.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/mailings")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class MailingController {

    private final Mailings mailings;
    private final MailingLetters letters;

    MailingController(Mailings mailings, MailingLetters letters) {
        this.mailings = mailings;
        this.letters = letters;
    }

    @GetMapping
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("form", MailingForm.blank());
        return page(assemblyId, actor, model);
    }

    /** Checks the mailing and shows who would get what; nothing is sent yet. */
    @PostMapping("/preview")
    String preview(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MailingForm form,
            BindingResult errors,
            Model model) {
        try {
            model.addAttribute("preview", mailings.preview(actor, assemblyId, form.toDraft()));
        } catch (InvalidInputException e) {
            reject(e, form, errors);
        }
        return page(assemblyId, actor, model);
    }

    @PostMapping
    String send(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MailingForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes flash) {
        try {
            var draft = form.toDraft();
            if (!confirmed) {
                model.addAttribute("preview", mailings.preview(actor, assemblyId, draft));
                errors.reject("messaging.confirm.required");
                return page(assemblyId, actor, model);
            }
            var id = mailings.send(actor, assemblyId, draft);
            flash.addFlashAttribute("notice", "messaging.sent");
            return "redirect:/assemblies/" + assemblyId + "/mailings/" + id;
        } catch (InvalidInputException e) {
            reject(e, form, errors);
            return page(assemblyId, actor, model);
        }
    }

    @GetMapping("/{mailingId}")
    String mailing(@PathVariable AssemblyId assemblyId, @PathVariable MailingId mailingId, Actor actor, Model model) {
        var mailing = mailings.mailing(actor, assemblyId, mailingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mailing", mailing);
        var byPost = letters.recipients(actor, assemblyId, mailingId);
        model.addAttribute("byPost", byPost.size());
        model.addAttribute(
                "withoutAddress",
                byPost.stream().filter(p -> p.addressLines() == null).count());
        return "messaging/mailing";
    }

    /**
     * The mailing as letters for the people in its audience without an e-mail address; back to the mailing's page,
     * saying why, when they would give people a draw ceremony's pseudonyms and that ceremony no longer waits.
     */
    @GetMapping("/{mailingId}/letters.pdf")
    Object letters(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MailingId mailingId,
            Actor actor,
            RedirectAttributes flash) {
        if (letters.recipients(actor, assemblyId, mailingId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var pdf = new java.io.ByteArrayOutputStream();
        try {
            letters.print(actor, assemblyId, mailingId, pdf);
        } catch (InvalidInputException ceremonyGone) {
            flash.addFlashAttribute("notice", "messaging.letters.ceremony-gone");
            return "redirect:/assemblies/" + assemblyId + "/mailings/" + mailingId;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mailing-letters.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.toByteArray());
    }

    /** Shows a problem next to its field: "subject-pl" is the subject box of the Polish text. */
    private static void reject(InvalidInputException e, MailingForm form, BindingResult errors) {
        String[] parts = e.field().split("-", 2);
        if (parts.length == 2) {
            for (int i = 0; i < form.getTexts().size(); i++) {
                if (form.getTexts().get(i).getLanguage().equals(parts[1])) {
                    errors.rejectValue("texts[" + i + "]." + parts[0], e.messageKey(), e.arguments(), e.messageKey());
                    return;
                }
            }
        }
        if (e.field().equals("audience")) {
            e.rejectOn(errors);
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    private String page(AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("audiences", mailings.audiences(actor, assemblyId));
        model.addAttribute("mailings", mailings.mailings(actor, assemblyId));
        return "messaging/mailings";
    }
}
