package org.minipublic.app.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.web.portal.PortalSessions;
import org.minipublic.app.portal.Portal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member portal: the code page, the member's home page and signing out. Open to everyone as far as the login is
 * concerned; the code from the sign-in card is the key (see {@link PortalSessions}).
 */
@Controller
@RequestMapping("/portal")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PortalController {

    private static final int CODE_LIMIT = 40;

    private final PortalCards cards;
    private final Portal portal;
    private final PortalSessions sessions;
    private final LocaleResolver locales;

    PortalController(PortalCards cards, Portal portal, PortalSessions sessions, LocaleResolver locales) {
        this.cards = cards;
        this.portal = portal;
        this.sessions = sessions;
        this.locales = locales;
    }

    /** The code page. A card's QR code brings the code after "#" (see vote-code.js), never to the server's logs. */
    @GetMapping
    String codePage(HttpServletRequest request, Model model) {
        if (sessions.visitor(request).isPresent()) {
            return "redirect:/portal/home";
        }
        model.addAttribute("code", "");
        return "portal/code";
    }

    @PostMapping
    String signIn(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String typed = code.length() > CODE_LIMIT ? code.substring(0, CODE_LIMIT) : code;
        var result = cards.signIn(typed, request.getRemoteAddr());
        var member = result.member();
        if (member == null) {
            model.addAttribute("code", typed);
            model.addAttribute("codeProblem", result.problem());
            model.addAttribute("waitMinutes", result.waitMinutes());
            return "portal/code";
        }
        sessions.signIn(request, member);
        // The member's own language from now on; the language links still change it.
        locales.setLocale(request, response, Locale.forLanguageTag(result.language()));
        return "redirect:/portal/home";
    }

    @GetMapping("/home")
    String home(HttpServletRequest request, Locale locale, Model model) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        model.addAttribute("home", portal.home(visitor.get(), locale.getLanguage()));
        return "portal/home";
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, RedirectAttributes flash) {
        sessions.signOut(request);
        flash.addFlashAttribute("notice", "portal.signed-out");
        return "redirect:/portal";
    }
}
