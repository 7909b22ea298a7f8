package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page an invitation e-mail links to: the invited person chooses a name and password and joins the team. */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

    private final Accounts accounts;

    InvitationController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        var invitation = accounts.openInvitation(token);
        if (invitation.isEmpty()) {
            return "identity/invitation-unavailable";
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("form", AcceptInvitationForm.empty());
        return "identity/invitation";
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
        if (!errors.hasErrors()) {
            try {
                accounts.acceptInvitation(token, form.displayName(), form.password());
                return "redirect:/login?joined";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        model.addAttribute("invitation", invitation.get());
        return "identity/invitation";
    }
}
