package org.minipublic.app.identity.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    /** Waits up to this long are said in seconds, longer ones in minutes. */
    private static final long MAX_SECONDS_SHOWN = 90;

    @GetMapping("/login")
    @RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
    String login(@RequestParam(name = "wait", required = false) @Nullable String wait, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        showWait(seconds(wait), model);
        return "identity/login";
    }

    /** Says how long to wait, in seconds up to a minute and a half, in minutes beyond. */
    static void showWait(long seconds, Model model) {
        if (seconds > MAX_SECONDS_SHOWN) {
            model.addAttribute("waitMinutes", (seconds + 59) / 60);
        } else if (seconds > 0) {
            model.addAttribute("waitSeconds", seconds);
        }
    }

    /** The wait the login form was refused with; the address bar is not trusted to hold a sensible number. */
    private static long seconds(@Nullable String wait) {
        if (wait == null || !wait.matches("\\d{1,6}")) {
            return 0;
        }
        return Long.parseLong(wait);
    }
}
