package org.minipublic.app.deliberation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.deliberation.Amendment;
import org.minipublic.app.deliberation.Amendments;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftComments;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftMerges;
import org.minipublic.app.deliberation.DraftStatus;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.deliberation.Review;
import org.minipublic.app.deliberation.Reviews;
import org.minipublic.app.deliberation.ThemeId;
import org.minipublic.app.deliberation.WordDiff;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Drafts by theme, writing and changing a draft, its history, and the list of themes. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/drafts")
class DraftsController {

    private final Drafts drafts;
    private final Amendments amendments;
    private final Reviews reviews;
    private final DraftMerges merges;
    private final DraftComments comments;

    DraftsController(
            Drafts drafts, Amendments amendments, Reviews reviews, DraftMerges merges, DraftComments comments) {
        this.drafts = drafts;
        this.amendments = amendments;
        this.reviews = reviews;
        this.merges = merges;
        this.comments = comments;
    }

    /** An amendment with its wording compared with the draft's current text. */
    record Proposal(Amendment amendment, List<WordDiff.Part> change) {}

    @GetMapping
    @RequiresPermission(Permission.VIEW_DRAFTS)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var themes = drafts.themes(actor, assemblyId);
        var all = drafts.all(actor, assemblyId);
        model.addAttribute("themes", themes);
        model.addAttribute("round", reviews.round(actor, assemblyId).orElse(null));
        model.addAttribute("reviewOpen", reviews.open(actor, assemblyId));
        model.addAttribute("byTheme", all.stream().collect(java.util.stream.Collectors.groupingBy(d -> d.theme()
                .toString())));
        model.addAttribute(
                "used", all.stream().map(d -> d.theme().toString()).distinct().toList());
        return "drafts/list";
    }

    @PostMapping("/themes")
    @RequiresPermission(Permission.MANAGE_THEMES)
    String addTheme(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String name,
            Actor actor,
            RedirectAttributes flash) {
        try {
            drafts.addTheme(actor, assemblyId, name);
            flash.addFlashAttribute("notice", "drafts.theme.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts#themes";
    }

    @PostMapping("/themes/{themeId}/remove")
    @RequiresPermission(Permission.MANAGE_THEMES)
    String removeTheme(
            @PathVariable AssemblyId assemblyId, @PathVariable ThemeId themeId, Actor actor, RedirectAttributes flash) {
        try {
            drafts.removeTheme(actor, assemblyId, themeId);
            flash.addFlashAttribute("notice", "drafts.theme.removed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts#themes";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String create(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String theme,
            Actor actor,
            Model model) {
        var form = new DraftForm();
        form.setTheme(theme);
        return form(actor, assemblyId, null, form, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") DraftForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        ThemeId theme;
        try {
            theme = ThemeId.valueOf(form.getTheme());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("theme", "drafts.theme.required");
            return form(actor, assemblyId, null, form, model);
        }
        DraftId id;
        try {
            id = drafts.add(actor, assemblyId, theme, form.getTable(), form.text());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, null, form, model);
        }
        flash.addFlashAttribute("notice", "drafts.added");
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + id;
    }

    @GetMapping("/{draftId}")
    @RequiresPermission(Permission.VIEW_DRAFTS)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable DraftId draftId, Actor actor, Model model) {
        var draft = drafts.draft(actor, assemblyId, draftId);
        model.addAttribute("draft", draft);
        model.addAttribute("theme", themeName(actor, assemblyId, draft));
        model.addAttribute("changes", History.changes(draft));
        model.addAttribute(
                "lineage",
                Lineage.of(draftId, merges.links(actor, assemblyId, draftId), drafts.all(actor, assemblyId)));
        model.addAttribute("comments", comments.of(actor, assemblyId, draftId));
        model.addAttribute(
                "proposals",
                amendments.of(actor, assemblyId, draftId).stream()
                        .map(a -> new Proposal(
                                a, WordDiff.between(draft.current().text().body(), a.body())))
                        .toList());
        model.addAttribute("reviews", reviews.of(actor, assemblyId, draftId));
        model.addAttribute("reviewOpen", reviews.open(actor, assemblyId));
        model.addAttribute("reviewKinds", Review.Kind.values());
        return "drafts/show";
    }

    @GetMapping("/{draftId}/revise")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable DraftId draftId, Actor actor, Model model) {
        var draft = drafts.draft(actor, assemblyId, draftId);
        return form(actor, assemblyId, draft, DraftForm.of(draft), model);
    }

    @PostMapping("/{draftId}/revise")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String revise(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            Actor actor,
            @ModelAttribute("form") DraftForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var draft = drafts.draft(actor, assemblyId, draftId);
        try {
            drafts.revise(actor, assemblyId, draftId, form.text(), form.getReason(), form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, draft, form, model);
        }
        flash.addFlashAttribute("notice", "drafts.revised");
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId;
    }

    @PostMapping("/{draftId}/amendments")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String propose(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String why,
            Actor actor,
            RedirectAttributes flash) {
        try {
            amendments.propose(actor, assemblyId, draftId, body, why);
            flash.addFlashAttribute("notice", "drafts.amendment.proposed");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId + "#amendments";
    }

    @PostMapping("/{draftId}/amendments/{amendmentId}")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String decide(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @PathVariable java.util.UUID amendmentId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes flash) {
        try {
            boolean accept = "accept".equals(decision);
            amendments.decide(actor, assemblyId, amendmentId, accept, reason);
            flash.addFlashAttribute("notice", accept ? "drafts.amendment.accepted" : "drafts.amendment.rejected");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId + "#amendments";
    }

    @PostMapping("/review-round")
    @RequiresPermission(Permission.MANAGE_THEMES)
    String openRound(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String deadline,
            Actor actor,
            RedirectAttributes flash) {
        try {
            reviews.openRound(actor, assemblyId, java.time.LocalDate.parse(deadline));
            flash.addFlashAttribute("notice", "drafts.review.round-opened");
        } catch (java.time.format.DateTimeParseException e) {
            flash.addFlashAttribute("problem", "drafts.review.deadline-invalid");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts#review";
    }

    @PostMapping("/{draftId}/reviews")
    @RequiresPermission(Permission.REVIEW_DRAFTS)
    String review(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @RequestParam(defaultValue = "OTHER") String kind,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            RedirectAttributes flash) {
        Review.Kind chosen;
        try {
            chosen = Review.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            chosen = Review.Kind.OTHER;
        }
        try {
            reviews.comment(actor, assemblyId, draftId, chosen, body);
            flash.addFlashAttribute("notice", "drafts.review.added");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId + "#reviews";
    }

    @PostMapping("/{draftId}/final")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String markFinal(
            @PathVariable AssemblyId assemblyId, @PathVariable DraftId draftId, Actor actor, RedirectAttributes flash) {
        return mark(assemblyId, draftId, DraftStatus.FINAL, actor, flash);
    }

    @PostMapping("/{draftId}/withdraw")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String withdraw(
            @PathVariable AssemblyId assemblyId, @PathVariable DraftId draftId, Actor actor, RedirectAttributes flash) {
        return mark(assemblyId, draftId, DraftStatus.WITHDRAWN, actor, flash);
    }

    @PostMapping("/{draftId}/reopen")
    @RequiresPermission(Permission.WRITE_DRAFTS)
    String reopen(
            @PathVariable AssemblyId assemblyId, @PathVariable DraftId draftId, Actor actor, RedirectAttributes flash) {
        return mark(assemblyId, draftId, DraftStatus.DRAFT, actor, flash);
    }

    private String mark(AssemblyId assemblyId, DraftId draftId, DraftStatus to, Actor actor, RedirectAttributes flash) {
        try {
            drafts.mark(actor, assemblyId, draftId, to);
            flash.addFlashAttribute("notice", "drafts.marked." + to.name());
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId;
    }

    private String form(Actor actor, AssemblyId assembly, @Nullable Draft draft, DraftForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("themes", drafts.themes(actor, assembly));
        return "drafts/form";
    }

    private String themeName(Actor actor, AssemblyId assembly, Draft draft) {
        return drafts.themes(actor, assembly).stream()
                .filter(t -> t.id().equals(draft.theme()))
                .map(t -> t.name())
                .findFirst()
                .orElse("");
    }
}
