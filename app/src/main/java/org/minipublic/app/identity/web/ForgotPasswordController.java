package org.minipublic.app.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.minipublic.app.identity.Passwords;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The forgotten-password form. It answers the same whether or not the address has an account, and keeps nothing in a
 * session (the answer is a redirect to a plain page).
 */
@Controller
@RequestMapping("/forgot-password")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class ForgotPasswordController {

    private final Passwords passwords;

    ForgotPasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ForgotPasswordForm.empty());
        return "identity/forgot-password";
    }

    @GetMapping(params = "sent")
    String sent() {
        return "identity/forgot-password-sent";
    }

    @PostMapping
    String request(
            @Valid @ModelAttribute("form") ForgotPasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale) {
        if (errors.hasErrors()) {
            return "identity/forgot-password";
        }
        var wait = passwords.requestReset(form.email(), request.getRemoteAddr(), locale);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            errors.reject("password.forgot.wait", new Object[] {minutes}, "password.forgot.wait");
            return "identity/forgot-password";
        }
        return "redirect:/forgot-password?sent";
    }
}
