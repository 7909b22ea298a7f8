package org.minipublic.app.deliberation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.PortalDraftEntries;
import org.minipublic.app.deliberation.PortalDrafts;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.members.web.portal.PortalSessions;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafts on the member portal: the list theme by theme, and each draft with its history, the professional review,
 * amendments and comments, where the member comments and proposes amendments of their own. Open as far as the login
 * is concerned; the member's card is the key, and without a signed-in member every page leads to the code page.
 */
@Controller
@RequestMapping("/portal/drafts")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PortalDraftsController {

    private static final String SIGN_IN = "redirect:/portal";

    private final PortalDrafts drafts;
    private final PortalDraftEntries entries;
    private final PortalSessions sessions;

    PortalDraftsController(PortalDrafts drafts, PortalDraftEntries entries, PortalSessions sessions) {
        this.drafts = drafts;
        this.entries = entries;
        this.sessions = sessions;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        var member = member(request);
        if (member == null) {
            return SIGN_IN;
        }
        model.addAttribute("list", drafts.list(member));
        return "drafts/portal-list";
    }

    @GetMapping("/{draftId}")
    String show(@PathVariable DraftId draftId, HttpServletRequest request, Model model) {
        var member = member(request);
        if (member == null) {
            return SIGN_IN;
        }
        model.addAttribute("commentForm", new PortalCommentForm());
        return show(member, draftId, null, model);
    }

    @PostMapping("/{draftId}/comments")
    String comment(
            @PathVariable DraftId draftId,
            @ModelAttribute("commentForm") PortalCommentForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        var member = member(request);
        if (member == null) {
            return SIGN_IN;
        }
        try {
            entries.comment(member, draftId, form.getComment());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return show(member, draftId, e, model);
        }
        flash.addFlashAttribute("notice", "portal-drafts.comment.sent");
        return "redirect:/portal/drafts/" + draftId;
    }

    @PostMapping("/{draftId}/amendments")
    String propose(
            @PathVariable DraftId draftId,
            @ModelAttribute("amendmentForm") PortalAmendmentForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        var member = member(request);
        if (member == null) {
            return SIGN_IN;
        }
        try {
            entries.propose(member, draftId, form.getWording(), form.getWhy());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            model.addAttribute("commentForm", new PortalCommentForm());
            return show(member, draftId, e, model);
        }
        flash.addFlashAttribute("notice", "portal-drafts.amendment.sent");
        return "redirect:/portal/drafts/" + draftId;
    }

    /** The draft's page; with a problem, the form it came from keeps what was typed and opens at the problem. */
    private String show(PortalMember member, DraftId draftId, @Nullable InvalidInputException problem, Model model) {
        var page = drafts.draft(member, draftId);
        model.addAttribute("page", page);
        model.addAttribute("changes", History.changes(page.draft()));
        model.addAttribute("lineage", Lineage.of(draftId, page.links(), page.related()));
        model.addAttribute("entryProblem", problem);
        if (!model.containsAttribute("amendmentForm")) {
            model.addAttribute("amendmentForm", PortalAmendmentForm.of(page.draft()));
        }
        return "drafts/portal-draft";
    }

    private @Nullable PortalMember member(HttpServletRequest request) {
        return sessions.visitor(request).map(v -> v.signedIn()).orElse(null);
    }
}
