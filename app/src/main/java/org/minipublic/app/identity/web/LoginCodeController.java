package org.minipublic.app.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.login.SecondStep;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of login for users with two-factor sign-in. Open to a login waiting for its code, which is not yet
 * a user and so holds no permission of its own; the security filters keep everyone else away ({@link SecondStep}).
 */
@Controller
@RequestMapping("/login/code")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class LoginCodeController {

    private static final String VIEW = "identity/login-code";

    private final SecondStep secondStep;

    LoginCodeController(SecondStep secondStep) {
        this.secondStep = secondStep;
    }

    @GetMapping
    String form() {
        return secondStep.pending() ? VIEW : "redirect:/";
    }

    @PostMapping
    String check(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var result = secondStep.complete(code, request, response);
        return switch (result.outcome()) {
            case SIGNED_IN -> "redirect:" + result.target();
            case NOT_PENDING -> "redirect:/";
            case EXPIRED -> "redirect:/login?expired";
            case WRONG -> {
                model.addAttribute("wrong", true);
                yield VIEW;
            }
            case WAIT -> {
                LoginController.showWait(result.waitSeconds(), model);
                yield VIEW;
            }
        };
    }
}
