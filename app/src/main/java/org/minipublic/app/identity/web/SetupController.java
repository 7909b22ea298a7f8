package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import org.minipublic.app.identity.Accounts;
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

/** The one-time first-run page, reached through the link printed in the log, that creates the administrator. */
@Controller
@RequestMapping("/setup/{token}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class SetupController {

    private final Accounts accounts;

    SetupController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        if (!accounts.setupTokenUsable(token)) {
            return "identity/setup-unavailable";
        }
        model.addAttribute("form", SetupForm.empty());
        return "identity/setup";
    }

    @PostMapping
    String create(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult errors) {
        if (!accounts.setupTokenUsable(token)) {
            return "identity/setup-unavailable";
        }
        if (!errors.hasFieldErrors("passwordConfirmation") && !form.passwordsMatch()) {
            errors.rejectValue("passwordConfirmation", "password.confirm.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        try {
            accounts.completeSetup(token, form.email(), form.displayName(), form.password());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "identity/setup";
        }
        return "redirect:/login?setup";
    }
}
