package org.minipublic.app.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemId;
import org.minipublic.app.voting.Results;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A closed ballot's results, its export, minority statements, and the screen for the room. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ballots/{ballotId}")
class ResultsController {

    private final Ballots ballots;
    private final Results results;
    private final MessageSource messages;

    ResultsController(Ballots ballots, Results results, MessageSource messages) {
        this.ballots = ballots;
        this.results = results;
        this.messages = messages;
    }

    @GetMapping("/results")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    String results(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        if (!ballot.isClosed()) {
            flash.addFlashAttribute("problem", "voting.results.not-closed");
            return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId;
        }
        var count = results.count(actor, assemblyId, ballotId);
        model.addAttribute(
                "view", ResultView.of(count, results.statements(actor, assemblyId, ballotId), messages, locale));
        return "voting/results";
    }

    @GetMapping("/votes.csv")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    void export(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("ballot-votes.csv")
                        .build()
                        .toString());
        results.export(actor, assemblyId, ballotId, response.getOutputStream());
    }

    /** The ballot's definition, which its seal covers, for the recount script (docs/voting.md). */
    @GetMapping("/definition.txt")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    void definition(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        byte[] text = results.definition(actor, assemblyId, ballotId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("ballot-definition.txt")
                        .build()
                        .toString());
        response.getOutputStream().write(text);
    }

    @PostMapping("/statements")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String addStatement(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @RequestParam ItemId item,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            RedirectAttributes flash) {
        try {
            results.addStatement(actor, assemblyId, ballotId, item, body);
            flash.addFlashAttribute("notice", "voting.statement.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/results#item-" + item;
    }

    @PostMapping("/statements/{statementId}/remove")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String removeStatement(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @PathVariable UUID statementId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            results.removeStatement(actor, assemblyId, ballotId, statementId);
            flash.addFlashAttribute("notice", "voting.statement.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/results";
    }

    /** The room screen: turnout while the ballot is open, then the results; its body refreshes itself. */
    @GetMapping("/room")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    String room(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            Locale locale,
            Model model) {
        roomModel(assemblyId, ballotId, actor, locale, model);
        return "voting/room";
    }

    @GetMapping("/room/live")
    @RequiresPermission(Permission.VIEW_BALLOTS)
    String live(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            Actor actor,
            Locale locale,
            Model model) {
        roomModel(assemblyId, ballotId, actor, locale, model);
        return "voting/room :: live";
    }

    private void roomModel(AssemblyId assemblyId, BallotId ballotId, Actor actor, Locale locale, Model model) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        model.addAttribute("ballot", ballot);
        if (ballot.isClosed()) {
            var count = results.count(actor, assemblyId, ballotId);
            model.addAttribute("view", ResultView.of(count, java.util.List.of(), messages, locale));
        }
    }
}
