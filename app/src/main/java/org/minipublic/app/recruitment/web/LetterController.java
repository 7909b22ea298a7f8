package org.minipublic.app.recruitment.web;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.InvitationRound;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.Letters;
import org.minipublic.app.recruitment.RoundId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invitation letter: its text, a sample to check the layout, and a round's letters as CSV (the PDF: {@link LetterPrintController}). */
@Controller
@RequestMapping("/assemblies/{assemblyId}")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class LetterController {

    private final Letters letters;
    private final InvitationRounds rounds;

    LetterController(Letters letters, InvitationRounds rounds) {
        this.letters = letters;
        this.rounds = rounds;
    }

    @GetMapping("/letters")
    String form(@PathVariable AssemblyId assemblyId, Model model) {
        model.addAttribute("form", LetterForm.of(letters.text(assemblyId)));
        model.addAttribute("languages", Languages.SUPPORTED);
        return "recruitment/letter";
    }

    @PostMapping("/letters")
    String save(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") LetterForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            letters.save(actor, assemblyId, form.toText());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            model.addAttribute("languages", Languages.SUPPORTED);
            return "recruitment/letter";
        }
        flash.addFlashAttribute("notice", "recruitment.letter.saved");
        return "redirect:/assemblies/" + assemblyId + "/letters";
    }

    @GetMapping("/letters/sample.pdf")
    ResponseEntity<StreamingResponseBody> sample(@PathVariable AssemblyId assemblyId) {
        return download("sample-letter.pdf", MediaType.APPLICATION_PDF, out -> letters.writeSample(assemblyId, out));
    }

    @GetMapping("/invitations/{roundId}/letters.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable AssemblyId assemblyId, @PathVariable RoundId roundId) {
        var round = round(assemblyId, roundId);
        return download(
                "letters-round-" + round.number() + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                out -> {
                    var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    letters.writeCsv(round, writer);
                    writer.flush();
                });
    }

    private InvitationRound round(AssemblyId assemblyId, RoundId roundId) {
        return rounds.round(assemblyId, roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String name, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(body);
    }
}
