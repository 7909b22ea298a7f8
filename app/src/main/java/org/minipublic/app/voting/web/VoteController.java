package org.minipublic.app.voting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.Answers;
import org.minipublic.app.voting.Ballot;
import org.minipublic.app.voting.BallotBox;
import org.minipublic.app.voting.CodeCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Where members vote, on their own phone or a tablet in the room: the code from their slip, the ballot, a check of
 * their answers, and a receipt. No login and nothing remembered between pages but the code and answers in the form.
 */
@Controller
@RequestMapping("/vote")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class VoteController {

    private static final int CODE_LIMIT = 30;

    private final BallotBox box;
    private final MessageSource messages;
    private final ReceiptPages receipts;

    VoteController(BallotBox box, MessageSource messages, ReceiptPages receipts) {
        this.box = box;
        this.messages = messages;
        this.receipts = receipts;
    }

    /**
     * The code page. A slip's QR code brings the code after "#" (see vote-code.js), never as a query parameter, so no
     * code a member holds reaches a log on its way here.
     */
    @GetMapping
    String codePage(Model model) {
        model.addAttribute("code", "");
        return "vote/code";
    }

    @PostMapping
    String enterCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        var check = box.check(code, request.getRemoteAddr());
        if (!check.ready()) {
            return refused(check, code, model);
        }
        return ballotPage(ballotOf(check), code, List.of(), null, model);
    }

    @PostMapping("/review")
    String review(
            @RequestParam(defaultValue = "") String code,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        languageLinksToTheCodePage(model);
        var check = box.check(code, request.getRemoteAddr());
        if (!check.ready()) {
            return refused(check, code, model);
        }
        var ballot = ballotOf(check);
        var answers = AnswerFields.read(fields, ballot.items().size());
        var problem = answers.problem(ballot.method(), ballot.items().size());
        if (fields.containsKey("change")) {
            return ballotPage(ballot, code, answers.values(), null, model);
        }
        if (problem.isPresent()) {
            return ballotPage(ballot, code, answers.values(), problem.get(), model);
        }
        model.addAttribute("ballot", ballot);
        model.addAttribute("code", code);
        model.addAttribute("answers", answers);
        model.addAttribute("labels", ResultView.labels(ballot.method(), messages, locale));
        return "vote/review";
    }

    @PostMapping("/cast")
    ModelAndView cast(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String answers,
            @Nullable Principal visitor,
            HttpServletRequest request,
            Locale locale,
            Model model)
            throws Exception {
        languageLinksToTheCodePage(model);
        Answers parsed;
        try {
            parsed = Answers.parse(answers.length() > 400 ? "x" : answers);
        } catch (NumberFormatException e) {
            model.addAttribute("code", code);
            model.addAttribute("codeProblem", "voting.vote.not-an-answer");
            return new ModelAndView("vote/code");
        }
        CodeCheck result;
        try {
            result = box.cast(code, parsed, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            model.addAttribute("code", code);
            model.addAttribute("codeProblem", e.messageKey());
            return new ModelAndView("vote/code");
        }
        if (result.outcome() != CodeCheck.Outcome.CAST) {
            return new ModelAndView(refused(result, code, model));
        }
        var ballot = ballotOf(result);
        // Kept only as members who are not logged in see it: the header shows a logged-in user's name.
        var key = visitor == null ? new ReceiptPages.Key(ballot.id(), locale) : null;
        var kept = key == null ? Optional.<View>empty() : receipts.kept(key, ballot.title(), result.receipt());
        if (kept.isPresent()) {
            return new ModelAndView(kept.get());
        }
        model.addAttribute("ballot", ballot);
        model.addAttribute("receipt", result.receipt());
        return new ModelAndView(receipts.render(key, ballot.title(), "vote/done", locale, result.receipt()));
    }

    /**
     * The review and receipt pages answer a form and cannot be asked for again by their address, so their language
     * links lead to the code page (in the new language) rather than to an error.
     */
    private static void languageLinksToTheCodePage(Model model) {
        model.addAttribute("languagePath", "/vote");
    }

    private static Ballot ballotOf(CodeCheck check) {
        var ballot = check.ballot();
        if (ballot == null) {
            throw new IllegalStateException("a ready code has a ballot");
        }
        return ballot;
    }

    private String ballotPage(Ballot ballot, String code, List<Integer> chosen, @Nullable String problem, Model model) {
        model.addAttribute("ballot", ballot);
        model.addAttribute("code", code);
        model.addAttribute(
                "chosen",
                chosen.isEmpty() ? java.util.Collections.nCopies(ballot.items().size(), 0) : chosen);
        model.addAttribute("answersProblem", problem);
        return "vote/ballot";
    }

    private static String refused(CodeCheck check, String code, Model model) {
        model.addAttribute("code", code.length() > CODE_LIMIT ? "" : code);
        model.addAttribute("codeProblem", check.outcome().messageKey());
        model.addAttribute("waitMinutes", check.waitMinutes());
        return "vote/code";
    }
}
