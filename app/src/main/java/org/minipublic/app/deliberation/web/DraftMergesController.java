package org.minipublic.app.deliberation.web;

import java.util.ArrayList;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftMerges;
import org.minipublic.app.deliberation.DraftNotFoundException;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.deliberation.ThemeId;
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

/** Merging drafts into one and splitting a draft into several, by an organiser. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/drafts")
class DraftMergesController {

    private final Drafts drafts;
    private final DraftMerges merges;

    DraftMergesController(Drafts drafts, DraftMerges merges) {
        this.drafts = drafts;
        this.merges = merges;
    }

    /** The merge form for the drafts ticked on the drafts page, its text theirs joined. */
    @GetMapping("/merge")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String mergeForm(
            @PathVariable AssemblyId assemblyId,
            @ModelAttribute("form") MergeForm picked,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        var sources = sources(actor, assemblyId, picked);
        if (sources.size() < 2) {
            flash.addFlashAttribute("problem", "drafts.merge.count");
            flash.addFlashAttribute("problemArgs", new Object[] {DraftMerges.MOST});
            return "redirect:/assemblies/" + assemblyId + "/drafts";
        }
        return mergeForm(actor, assemblyId, MergeForm.of(sources), model);
    }

    @PostMapping("/merge")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String merge(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MergeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        DraftId merged;
        try {
            merged = merges.merge(actor, assemblyId, form.ids(), theme(form.getTheme()), form.getTable(), form.text());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return mergeForm(actor, assemblyId, form, model);
        }
        flash.addFlashAttribute("notice", "drafts.merge.done");
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + merged;
    }

    @GetMapping("/{draftId}/split")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String splitForm(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            @RequestParam(defaultValue = "2") int parts,
            Actor actor,
            Model model) {
        var draft = drafts.draft(actor, assemblyId, draftId);
        int count = Math.max(2, Math.min(parts, DraftMerges.MOST));
        return splitForm(draft, SplitForm.of(draft, count), model);
    }

    @PostMapping("/{draftId}/split")
    @RequiresPermission(Permission.DECIDE_AMENDMENTS)
    String split(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DraftId draftId,
            Actor actor,
            @ModelAttribute("form") SplitForm form,
            BindingResult errors,
            @RequestParam(required = false) String more,
            Model model,
            RedirectAttributes flash) {
        var draft = drafts.draft(actor, assemblyId, draftId);
        if (more != null) {
            // another part, a copy of the draft like the others, keeping what was typed in the rest
            return splitForm(draft, form.withAnotherPart(draft, DraftMerges.MOST), model);
        }
        try {
            merges.split(actor, assemblyId, draftId, form.texts());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return splitForm(draft, form, model);
        }
        flash.addFlashAttribute("notice", "drafts.split.done");
        return "redirect:/assemblies/" + assemblyId + "/drafts/" + draftId;
    }

    private String mergeForm(Actor actor, AssemblyId assembly, MergeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sources", sources(actor, assembly, form));
        model.addAttribute("themes", drafts.themes(actor, assembly));
        return "drafts/merge";
    }

    private String splitForm(Draft draft, SplitForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("most", DraftMerges.MOST);
        return "drafts/split";
    }

    /** The drafts a form names that the assembly has, in the order named. */
    private java.util.List<Draft> sources(Actor actor, AssemblyId assembly, MergeForm form) {
        var sources = new ArrayList<Draft>();
        for (var id : new java.util.LinkedHashSet<>(form.ids())) {
            try {
                sources.add(drafts.draft(actor, assembly, id));
            } catch (DraftNotFoundException e) {
                // a draft of another assembly, or none: not one to merge
            }
        }
        return sources;
    }

    /** The theme chosen; one that is not a theme's id is refused by the merge as no theme. */
    private static ThemeId theme(String value) {
        try {
            return ThemeId.valueOf(value);
        } catch (IllegalArgumentException e) {
            return new ThemeId(new java.util.UUID(0, 0));
        }
    }
}
