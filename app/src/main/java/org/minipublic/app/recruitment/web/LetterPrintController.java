package org.minipublic.app.recruitment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.documents.Document;
import org.minipublic.app.documents.DocumentStatus;
import org.minipublic.app.documents.Documents;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.InvitationRound;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.LetterDocuments;
import org.minipublic.app.recruitment.RoundId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's letters as one PDF, made in the background (documents module): the organiser asks for it, the round's
 * page shows how it is going and, once it is ready, offers it to download.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/invitations/{roundId}")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class LetterPrintController {

    private final Documents documents;
    private final InvitationRounds rounds;

    LetterPrintController(Documents documents, InvitationRounds rounds) {
        this.documents = documents;
        this.rounds = rounds;
    }

    @PostMapping("/letters")
    String prepare(
            @PathVariable AssemblyId assemblyId, @PathVariable RoundId roundId, Actor actor, RedirectAttributes flash) {
        var round = round(assemblyId, roundId);
        documents.request(
                actor,
                assemblyId,
                LetterDocuments.KIND,
                roundId.toString(),
                "letters-round-" + round.number() + ".pdf");
        flash.addFlashAttribute("notice", "recruitment.round.letters-requested");
        return "redirect:/assemblies/" + assemblyId + "/invitations/" + roundId + "#letters";
    }

    /** The letters' part of the round's page, which asks for itself again every few seconds while they are made. */
    @GetMapping("/letters/status")
    String status(@PathVariable AssemblyId assemblyId, @PathVariable RoundId roundId, Model model) {
        model.addAttribute("round", round(assemblyId, roundId));
        addLetters(documents, assemblyId, roundId, model);
        return "recruitment/round :: letters";
    }

    @PostMapping("/letters/retry")
    String retry(
            @PathVariable AssemblyId assemblyId, @PathVariable RoundId roundId, Actor actor, RedirectAttributes flash) {
        round(assemblyId, roundId);
        var failed = latest(assemblyId, roundId);
        try {
            if (failed == null) {
                throw new InvalidInputException("document", "documents.gone");
            }
            documents.retry(actor, assemblyId, failed.id());
            flash.addFlashAttribute("notice", "recruitment.round.letters-requested");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/invitations/" + roundId + "#letters";
    }

    /** The letters once made; until then (or once deleted after some days) the round's page, which says where they are. */
    @GetMapping("/letters.pdf")
    void pdf(@PathVariable AssemblyId assemblyId, @PathVariable RoundId roundId, HttpServletResponse response)
            throws IOException {
        round(assemblyId, roundId);
        var ready = latest(assemblyId, roundId);
        if (ready == null || ready.status() != DocumentStatus.DONE) {
            response.sendRedirect("/assemblies/" + assemblyId + "/invitations/" + roundId + "#letters");
            return;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setContentLengthLong(ready.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(ready.fileName())
                        .build()
                        .toString());
        if (!documents.writeFile(assemblyId, ready.id(), response.getOutputStream())) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
    }

    /** What the letters' part of the round's page shows: the latest request for them, and where to send requests. */
    static void addLetters(Documents documents, AssemblyId assemblyId, RoundId roundId, Model model) {
        model.addAttribute(
                "letters",
                documents
                        .latest(assemblyId, LetterDocuments.KIND, roundId.toString())
                        .orElse(null));
        model.addAttribute("lettersBase", "/assemblies/" + assemblyId + "/invitations/" + roundId);
    }

    private @Nullable Document latest(AssemblyId assemblyId, RoundId roundId) {
        return documents
                .latest(assemblyId, LetterDocuments.KIND, roundId.toString())
                .orElse(null);
    }

    private InvitationRound round(AssemblyId assemblyId, RoundId roundId) {
        return rounds.round(assemblyId, roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
