package org.minipublic.app.identity.web;

import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.TwoFactorResets;
import org.minipublic.app.identity.UserSummary;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.ListPage;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' list of all user accounts, where an account can be disabled or enabled again. */
@Controller
@RequestMapping("/admin/users")
@RequiresPermission(Permission.MANAGE_ACCOUNTS)
class UsersController {

    static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final TwoFactorResets twoFactor;

    UsersController(Accounts accounts, TwoFactorResets twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        long total = accounts.count(actor);
        var shown = ListPage.of(page, total, PAGE_SIZE);
        var users = accounts.list(actor, shown.number(), PAGE_SIZE);
        model.addAttribute("users", users);
        model.addAttribute(
                "twoFactorUsers",
                twoFactor.enabledAmong(
                        actor, users.stream().map(UserSummary::id).toList()));
        model.addAttribute("page", shown.number());
        model.addAttribute("pageCount", shown.count());
        model.addAttribute("total", total);
        return "identity/users";
    }

    @PostMapping("/{userId}/enabled")
    String setEnabled(
            @PathVariable UserId userId, @RequestParam boolean enabled, Actor actor, RedirectAttributes flash) {
        try {
            accounts.setEnabled(actor, userId, enabled);
            flash.addFlashAttribute("notice", enabled ? "users.notice.enabled" : "users.notice.disabled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/admin/users";
    }
}
