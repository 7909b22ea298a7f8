package org.minipublic.app.evidence.web;

import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.MaterialReview;
import org.minipublic.app.evidence.Materials;
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

/**
 * The review's steps and the team's comments, each a button or a small form on the material's page; and taking a
 * published material off the portal and the public site, after a page that asks.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/materials/{materialId}")
class MaterialReviewController {

    private final MaterialReview review;
    private final Materials materials;

    MaterialReviewController(MaterialReview review, Materials materials) {
        this.review = review;
        this.materials = materials;
    }

    @PostMapping("/submit")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String submit(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.review.submitted",
                () -> review.submit(actor, assemblyId, materialId));
    }

    @PostMapping("/review")
    @RequiresPermission(Permission.REVIEW_MATERIALS)
    String startReview(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.review.started",
                () -> review.startReview(actor, assemblyId, materialId));
    }

    @PostMapping("/approve")
    @RequiresPermission(Permission.REVIEW_MATERIALS)
    String approve(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.review.approved",
                () -> review.approve(actor, assemblyId, materialId));
    }

    @PostMapping("/request-changes")
    @RequiresPermission(Permission.REVIEW_MATERIALS)
    String requestChanges(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.review.changes-requested",
                () -> review.requestChanges(actor, assemblyId, materialId, comment));
    }

    @PostMapping("/publish")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String publish(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.review.published",
                () -> review.publish(actor, assemblyId, materialId));
    }

    /** Asks before taking the material off the portal and the public site. */
    @GetMapping("/withdraw")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String confirmWithdraw(
            @PathVariable AssemblyId assemblyId, @PathVariable MaterialId materialId, Actor actor, Model model) {
        var view = materials.material(actor, assemblyId, materialId);
        if (!view.summary().published()) {
            return "redirect:/assemblies/" + assemblyId + "/materials/" + materialId;
        }
        model.addAttribute("view", view);
        return "evidence/withdraw";
    }

    @PostMapping("/withdraw")
    @RequiresPermission(Permission.MANAGE_MATERIALS)
    String withdraw(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.withdraw.done",
                () -> review.withdraw(actor, assemblyId, materialId));
    }

    @PostMapping("/comments")
    @RequiresPermission(Permission.COMMENT_ON_MATERIALS)
    String comment(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            RedirectAttributes flash) {
        return step(
                assemblyId,
                materialId,
                flash,
                "evidence.comment.added",
                () -> review.comment(actor, assemblyId, materialId, comment));
    }

    /** Runs the step and goes back to the material, with the notice or the reason it was refused. */
    private static String step(
            AssemblyId assemblyId, MaterialId materialId, RedirectAttributes flash, String notice, Runnable step) {
        try {
            step.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/materials/" + materialId;
    }
}
