package org.minipublic.app.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import org.minipublic.app.followup.SignUps;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an e-mailed sign-up link opens. Opening it changes nothing (mail scanners open links); its buttons confirm
 * the place or cancel the sign-up, which deletes it at once.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class SignUpController {

    private final SignUps signUps;

    SignUpController(SignUps signUps) {
        this.signUps = signUps;
    }

    @GetMapping("/public/event-sign-ups/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        var signUp = signUps.byToken(token);
        if (signUp.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("signUp", signUp.get());
        model.addAttribute("event", signUps.eventOf(signUp.get()));
        return "followup/sign-up";
    }

    @PostMapping("/public/event-sign-ups/{token}/confirm")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        var outcome = signUps.confirm(token);
        if (outcome == SignUps.Outcome.GONE) {
            return gone(response);
        }
        model.addAttribute("notice", "followup.sign-up.outcome." + outcome);
        return show(token, response, model);
    }

    @PostMapping("/public/event-sign-ups/{token}/cancel")
    String cancel(@PathVariable String token, HttpServletResponse response, Model model) {
        var signUp = signUps.byToken(token);
        if (signUp.isEmpty() || !signUps.cancel(token)) {
            return gone(response);
        }
        model.addAttribute("event", signUps.eventOf(signUp.get()));
        return "followup/cancelled";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "followup/sign-up-gone";
    }
}
