package org.minipublic.app.identity.web;

import java.util.Locale;
import org.minipublic.app.identity.Passwords;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the administrators' list of users: send someone a link to choose a new password. */
@Controller
@RequiresPermission(Permission.MANAGE_ACCOUNTS)
class UserPasswordResetController {

    private final Passwords passwords;

    UserPasswordResetController(Passwords passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/admin/users/{userId}/password-reset")
    String send(@PathVariable UserId userId, Actor actor, Locale locale, RedirectAttributes flash) {
        try {
            passwords.sendReset(actor, userId, locale);
            flash.addFlashAttribute("notice", "users.notice.reset-sent");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/admin/users";
    }
}
