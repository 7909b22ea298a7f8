package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import org.minipublic.app.identity.Passwords;
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

/** The page an e-mailed password link opens: the user chooses a new password, once. */
@Controller
@RequestMapping("/password-reset/{token}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PasswordResetController {

    private final Passwords passwords;

    PasswordResetController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        if (!passwords.resetLinkUsable(token)) {
            return "identity/password-reset-unavailable";
        }
        model.addAttribute("form", ResetPasswordForm.empty());
        return "identity/password-reset";
    }

    @PostMapping
    String reset(
            @PathVariable String token, @Valid @ModelAttribute("form") ResetPasswordForm form, BindingResult errors) {
        if (!passwords.resetLinkUsable(token)) {
            return "identity/password-reset-unavailable";
        }
        if (!errors.hasFieldErrors("passwordConfirmation") && !form.passwordsMatch()) {
            errors.rejectValue("passwordConfirmation", "password.confirm.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password-reset";
        }
        try {
            passwords.completeReset(token, form.password());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "identity/password-reset";
        }
        return "redirect:/login?password-reset";
    }
}
