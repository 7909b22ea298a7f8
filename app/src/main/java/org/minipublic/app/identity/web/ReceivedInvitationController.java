package org.minipublic.app.identity.web;

import org.minipublic.app.identity.InvitationAnswers;
import org.minipublic.app.identity.InvitationId;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A logged-in user's answer to a team invitation addressed to them, from the list on their home page. Invitations
 * addressed to someone else answer 404, as if they did not exist.
 */
@Controller
@RequestMapping("/account/invitations/{invitationId}")
@RequiresPermission(Permission.USE_OWN_ACCOUNT)
class ReceivedInvitationController {

    private final InvitationAnswers answers;

    ReceivedInvitationController(InvitationAnswers answers) {
        this.answers = answers;
    }

    @PostMapping("/accept")
    String accept(@PathVariable InvitationId invitationId, Actor actor, RedirectAttributes flash) {
        answers.accept(actor, invitationId);
        flash.addFlashAttribute("notice", "invitation.notice.accepted");
        return "redirect:/assemblies";
    }

    @PostMapping("/decline")
    String decline(@PathVariable InvitationId invitationId, Actor actor, RedirectAttributes flash) {
        answers.decline(actor, invitationId);
        flash.addFlashAttribute("notice", "invitation.notice.declined");
        return "redirect:/assemblies";
    }
}
