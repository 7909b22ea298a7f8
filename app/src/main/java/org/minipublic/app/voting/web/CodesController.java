package org.minipublic.app.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.Ballots;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ballot codes: who still needs one, printing a sheet of slips for the members chosen (the codes exist only in that
 * download), and voiding a sheet before the ballot opens.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ballots/{ballotId}/codes")
class CodesController {

    private final Ballots ballots;
    private final BallotCodes codes;

    CodesController(Ballots ballots, BallotCodes codes) {
        this.ballots = ballots;
        this.codes = codes;
    }

    @GetMapping
    @RequiresPermission(Permission.ISSUE_BALLOT_CODES)
    String page(@PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        model.addAttribute("ballot", ballots.ballot(actor, assemblyId, ballotId));
        model.addAttribute("waiting", codes.withoutCode(actor, assemblyId, ballotId));
        model.addAttribute("batches", codes.batches(actor, assemblyId, ballotId));
        return "voting/codes";
    }

    /** Answers with the PDF of slips; on a problem, back to the page with it. */
    @PostMapping
    @RequiresPermission(Permission.ISSUE_BALLOT_CODES)
    @Nullable
    String issue(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @RequestParam(name = "member", required = false) List<MemberId> members,
            Actor actor,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws IOException {
        try {
            byte[] pdf = codes.issueSlips(actor, assemblyId, ballotId, members == null ? List.of() : members, locale);
            response.setContentType("application/pdf");
            response.setHeader(
                    "Content-Disposition",
                    ContentDisposition.attachment()
                            .filename("ballot-slips.pdf")
                            .build()
                            .toString());
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return null;
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/codes";
        }
    }

    @PostMapping("/{batch}/void")
    @RequiresPermission(Permission.ISSUE_BALLOT_CODES)
    String voidBatch(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable UUID batch,
            Actor actor,
            RedirectAttributes flash) {
        try {
            codes.voidBatch(actor, assemblyId, ballotId, batch);
            flash.addFlashAttribute("notice", "voting.codes.voided");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/codes";
    }
}
