package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.InvitationAnswers;
import org.minipublic.app.identity.OpenInvitation;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page an invitation e-mail links to: the invited person chooses a name and password and joins the team, or
 * declines. The link's token is the key, so the page is public. An address that has an account meanwhile is sent
 * to log in and answer there.
 */
@Controller
@RequestMapping("/invitations/{token}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class InvitationController {

    private final Accounts accounts;
    private final InvitationAnswers answers;

    InvitationController(Accounts accounts, InvitationAnswers answers) {
        this.accounts = accounts;
        this.answers = answers;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        var invitation = accounts.openInvitation(token);
        if (invitation.isEmpty()) {
            return "identity/invitation-unavailable";
        }
        model.addAttribute("form", AcceptInvitationForm.empty());
        return show(invitation.get(), model);
    }

    @PostMapping
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AcceptInvitationForm form,
            BindingResult errors,
            Model model) {
        var invitation = accounts.openInvitation(token);
        if (invitation.isEmpty()) {
            return "identity/invitation-unavailable";
        }
        if (!errors.hasFieldErrors("passwordConfirmation") && !form.passwordsMatch()) {
            errors.rejectValue("passwordConfirmation", "password.confirm.mismatch");
        }
        if (!errors.hasErrors() && !invitation.get().hasAccount()) {
            try {
                accounts.acceptInvitation(token, form.displayName(), form.password());
                return "redirect:/login?joined";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        return show(invitation.get(), model);
    }

    /** Shows the answer without a redirect: a flash message would start a session for an anonymous visitor. */
    @PostMapping("/decline")
    String decline(@PathVariable String token) {
        try {
            answers.declineByLink(token);
            return "identity/invitation-declined";
        } catch (InvalidInputException e) {
            return "identity/invitation-unavailable";
        }
    }

    private static String show(OpenInvitation invitation, Model model) {
        model.addAttribute("invitation", invitation);
        return invitation.hasAccount() ? "identity/invitation-log-in" : "identity/invitation";
    }
}
