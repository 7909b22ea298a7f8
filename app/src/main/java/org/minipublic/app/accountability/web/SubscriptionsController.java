package org.minipublic.app.accountability.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.minipublic.app.accountability.Subscriptions;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail updates for residents: the form on the public page, and the pages the e-mailed links open. Following a link
 * changes nothing by itself (mail scanners open links); the page's button confirms or unsubscribes.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class SubscriptionsController {

    private final Subscriptions subscriptions;
    private final Assemblies assemblies;

    SubscriptionsController(Subscriptions subscriptions, Assemblies assemblies) {
        this.subscriptions = subscriptions;
        this.assemblies = assemblies;
    }

    @PostMapping("/public/assemblies/{assembly}/subscribe")
    String subscribe(
            @PathVariable("assembly") AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes flash) {
        try {
            subscriptions.subscribe(assemblyId, email, locale, request.getRemoteAddr());
            flash.addFlashAttribute("notice", "accountability.subscribe.check-inbox");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/public/assemblies/" + assemblyId + "/accountability#subscribe";
    }

    @GetMapping("/public/subscriptions/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        var subscription = subscriptions.byToken(token);
        if (subscription.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("subscription", subscription.get());
        model.addAttribute("assemblyTitle", title(subscription.get().assembly()));
        return "accountability/subscription";
    }

    @PostMapping("/public/subscriptions/{token}/confirm")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!subscriptions.confirm(token)) {
            return gone(response);
        }
        model.addAttribute("notice", "accountability.subscription.confirmed");
        return show(token, response, model);
    }

    @PostMapping("/public/subscriptions/{token}/unsubscribe")
    String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
        var subscription = subscriptions.byToken(token);
        if (subscription.isEmpty() || !subscriptions.unsubscribe(token)) {
            return gone(response);
        }
        model.addAttribute("assemblyTitle", title(subscription.get().assembly()));
        return "accountability/unsubscribed";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "accountability/subscription-gone";
    }

    private String title(AssemblyId assembly) {
        return assemblies.find(assembly).map(a -> a.title()).orElse("Minipublic");
    }
}
