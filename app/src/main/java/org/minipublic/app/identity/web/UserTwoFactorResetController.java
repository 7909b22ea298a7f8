package org.minipublic.app.identity.web;

import java.util.Locale;
import java.util.Set;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.TwoFactorResets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the administrators' list of users: remove someone's two-factor sign-in, after a question to confirm it. */
@Controller
@RequestMapping("/admin/users/{userId}/two-factor-reset")
@RequiresPermission(Permission.MANAGE_ACCOUNTS)
class UserTwoFactorResetController {

    private final TwoFactorResets resets;
    private final Identity identity;

    UserTwoFactorResetController(TwoFactorResets resets, Identity identity) {
        this.resets = resets;
        this.identity = identity;
    }

    @GetMapping
    String confirm(@PathVariable UserId userId, Model model) {
        String name = identity.displayNames(Set.of(userId)).get(userId);
        if (name == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("userId", userId);
        model.addAttribute("displayName", name);
        return "identity/two-factor-reset";
    }

    @PostMapping
    String reset(@PathVariable UserId userId, Actor actor, Locale locale, RedirectAttributes flash) {
        try {
            resets.reset(actor, userId, locale);
            flash.addFlashAttribute("notice", "users.notice.two-factor-reset");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/admin/users";
    }
}
