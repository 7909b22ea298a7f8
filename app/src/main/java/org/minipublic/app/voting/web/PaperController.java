package org.minipublic.app.voting.web;

import java.util.Collections;
import java.util.Map;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.Answers;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.PaperBallots;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Typing in paper ballots: the paper's code and answers, entered by two people on their own; and, for organisers, the
 * papers whose two readings differ, to settle with the paper in hand.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/ballots/{ballotId}/paper")
class PaperController {

    private final Ballots ballots;
    private final PaperBallots papers;
    private final MessageSource messages;

    PaperController(Ballots ballots, PaperBallots papers, MessageSource messages) {
        this.ballots = ballots;
        this.papers = papers;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.ENTER_PAPER_VOTES)
    String page(@PathVariable AssemblyId assemblyId, @PathVariable BallotId ballotId, Actor actor, Model model) {
        return page(assemblyId, ballotId, actor, "", null, null, model);
    }

    @PostMapping
    @RequiresPermission(Permission.ENTER_PAPER_VOTES)
    String enter(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @RequestParam(defaultValue = "") String code,
            @RequestParam Map<String, String> fields,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        var answers = AnswerFields.read(fields, ballot.items().size());
        try {
            var outcome = papers.enter(actor, assemblyId, ballotId, code.length() > 30 ? "" : code, answers);
            flash.addFlashAttribute("notice", "voting.paper." + outcome.name().toLowerCase(java.util.Locale.ROOT));
        } catch (InvalidInputException e) {
            return page(assemblyId, ballotId, actor, code, answers, e, model);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/paper";
    }

    @PostMapping("/settle")
    @RequiresPermission(Permission.MANAGE_BALLOTS)
    String settle(
            @PathVariable AssemblyId assemblyId,
            @PathVariable BallotId ballotId,
            @RequestParam(defaultValue = "") String paper,
            @RequestParam(defaultValue = "") String answers,
            Actor actor,
            RedirectAttributes flash) {
        try {
            papers.settle(actor, assemblyId, ballotId, paper, Answers.parse(answers.length() > 400 ? "x" : answers));
            flash.addFlashAttribute("notice", "voting.paper.settled");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("problem", "voting.paper.not-a-reading");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/ballots/" + ballotId + "/paper";
    }

    private String page(
            AssemblyId assemblyId,
            BallotId ballotId,
            Actor actor,
            String code,
            @org.jspecify.annotations.Nullable Answers answers,
            @org.jspecify.annotations.Nullable InvalidInputException problem,
            Model model) {
        var ballot = ballots.ballot(actor, assemblyId, ballotId);
        model.addAttribute("ballot", ballot);
        model.addAttribute("labels", ResultView.labels(ballot.method(), messages, LocaleContextHolder.getLocale()));
        model.addAttribute("code", code.length() > 30 ? "" : code);
        model.addAttribute(
                "chosen",
                answers == null || answers.values().stream().anyMatch(v -> v < 0)
                        ? Collections.nCopies(ballot.items().size(), 0)
                        : answers.values());
        model.addAttribute("paperProblem", problem == null ? null : problem.messageKey());
        model.addAttribute("paperProblemField", problem == null ? null : problem.field());
        if (ballot.isOpen()) {
            model.addAttribute("differences", papers.differences(actor, assemblyId, ballotId));
            model.addAttribute("waiting", papers.waitingForSecond(actor, assemblyId, ballotId));
        }
        return "voting/paper";
    }
}
