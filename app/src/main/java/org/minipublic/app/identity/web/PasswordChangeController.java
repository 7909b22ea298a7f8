package org.minipublic.app.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.minipublic.app.identity.Passwords;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A logged-in user changes their own password; afterwards they log in again, as on every other device. */
@Controller
@RequestMapping("/account/password")
@RequiresPermission(Permission.USE_OWN_ACCOUNT)
class PasswordChangeController {

    private final Passwords passwords;

    PasswordChangeController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ChangePasswordForm.empty());
        return "identity/password-change";
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors,
            Actor actor,
            HttpServletRequest request)
            throws ServletException {
        if (!errors.hasFieldErrors("newPasswordConfirmation") && !form.passwordsMatch()) {
            errors.rejectValue("newPasswordConfirmation", "password.confirm.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password-change";
        }
        try {
            passwords.change(actor, form.currentPassword(), form.newPassword());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "identity/password-change";
        }
        request.logout(); // the session was ended with all others; forget it in this response too
        return "redirect:/login?password-changed";
    }
}
