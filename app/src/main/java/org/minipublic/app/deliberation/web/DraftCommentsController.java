package org.minipublic.app.deliberation.web;

import java.util.UUID;
import org.minipublic.app.deliberation.DraftComments;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftNotFoundException;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Free comments on a draft: adding one (a table's, a member's or one's own) and, for organisers, removing one. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/drafts/{draftId}/comments")
class DraftCommentsController {

    private final Drafts drafts;
    private final DraftComments comments;

    DraftCommentsController(Drafts drafts, DraftComments comments) {
        this.drafts = drafts;
        this.comments = comments;
    }

    @PostMapping
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String add(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String saidBy,
            @RequestParam(defaultValue = "members") String source,
            Actor actor,
            RedirectAttributes flash) {
        try {
            comments.add(actor, assemblyId, draftId, body, saidBy, !"own".equals(source));
            flash.addFlashAttribute("notice", "drafts.comment.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId + "#comments";
    }

    /** Asks before removing a comment, showing it. */
    @GetMapping("/{commentId}/remove")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String confirmRemove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @PathVariable UUID commentId,
            Actor actor,
            Model model) {
        model.addAttribute("draft", drafts.draft(actor, assemblyId, draftId));
        model.addAttribute(
                "comment",
                comments.find(actor, assemblyId, draftId, commentId)
                        .orElseThrow(() -> new DraftNotFoundException(commentId)));
        return "drafts/comment-remove";
    }

    @PostMapping("/{commentId}/remove")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @PathVariable UUID commentId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            comments.remove(actor, assemblyId, draftId, commentId);
            flash.addFlashAttribute("notice", "drafts.comment.removed-done");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId + "#comments";
    }
}
