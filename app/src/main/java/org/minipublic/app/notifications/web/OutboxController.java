package org.minipublic.app.notifications.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.notifications.MessageNotFoundException;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.ListPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' view of every e-mail the application sent or tried to send. */
@Controller
@RequestMapping("/admin/outbox")
@RequiresPermission(Permission.MANAGE_OUTBOX)
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final Notifications notifications;

    OutboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        long total = notifications.count(actor);
        var shown = ListPage.of(page, total, PAGE_SIZE);
        model.addAttribute("messages", notifications.latest(actor, shown.number(), PAGE_SIZE));
        model.addAttribute("page", shown.number());
        model.addAttribute("pageCount", shown.count());
        model.addAttribute("channel", notifications.channel());
        return "notifications/outbox";
    }

    @GetMapping("/{messageId}")
    String show(@PathVariable MessageId messageId, Actor actor, Model model) {
        model.addAttribute(
                "message",
                notifications.find(actor, messageId).orElseThrow(() -> new MessageNotFoundException(messageId)));
        return "notifications/message";
    }

    @PostMapping("/{messageId}/retry")
    String retry(@PathVariable MessageId messageId, Actor actor, RedirectAttributes flash) {
        try {
            notifications.retry(actor, messageId);
            flash.addFlashAttribute("notice", "outbox.notice.retried");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/admin/outbox/" + messageId;
    }
}
