package org.minipublic.app.tables.web;

import java.util.UUID;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.tables.TablePlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One session's tables: moving a member by hand (a form per member, no dragging), locking the session and showing its
 * plan to members.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/tables/{sessionId}")
class SessionTablesController {

    private final TablePlans plans;

    SessionTablesController(TablePlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_TABLES)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable SessionId sessionId, Actor actor, Model model) {
        model.addAttribute("tables", plans.session(actor, assemblyId, sessionId));
        // the layout's advice has put the reader's permissions in the model already
        boolean manages = model.getAttribute("assemblyPermissions") instanceof java.util.Set<?> held
                && held.contains(Permission.MANAGE_TABLES);
        model.addAttribute("warnings", manages ? plans.warnings(actor, assemblyId, sessionId) : java.util.List.of());
        return "tables/session";
    }

    /** The plan and the members' name cards, ready to print; the file name says nothing about anyone. */
    @GetMapping("/print.pdf")
    @RequiresPermission(Permission.VIEW_TABLES)
    org.springframework.http.ResponseEntity<byte[]> print(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            java.util.Locale locale)
            throws java.io.IOException {
        var pdf = new java.io.ByteArrayOutputStream();
        plans.print(actor, assemblyId, sessionId, locale, pdf);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"table-plan.pdf\"")
                .body(pdf.toByteArray());
    }

    @PostMapping("/move")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String move(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "0") int table,
            RedirectAttributes flash) {
        try {
            plans.move(actor, assemblyId, sessionId, memberId(member), table);
            flash.addFlashAttribute("notice", "tables.move.done");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("moveProblem", e.messageKey());
            flash.addFlashAttribute("moveProblemArgs", e.arguments());
        }
        return "redirect:/assemblies/" + assemblyId + "/tables/" + sessionId;
    }

    @PostMapping("/swap")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String swap(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            @RequestParam(defaultValue = "") String one,
            @RequestParam(defaultValue = "") String other,
            RedirectAttributes flash) {
        try {
            plans.swap(actor, assemblyId, sessionId, memberId(one), memberId(other));
            flash.addFlashAttribute("notice", "tables.swap.done");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("moveProblem", e.messageKey());
            flash.addFlashAttribute("moveProblemArgs", e.arguments());
        }
        return "redirect:/assemblies/" + assemblyId + "/tables/" + sessionId;
    }

    @PostMapping("/lock")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String lock(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            @RequestParam(defaultValue = "true") boolean locked,
            RedirectAttributes flash) {
        return switched(
                assemblyId,
                sessionId,
                flash,
                locked ? "tables.lock.done" : "tables.unlock.done",
                () -> plans.lock(actor, assemblyId, sessionId, locked));
    }

    @PostMapping("/show")
    @RequiresPermission(Permission.MANAGE_TABLES)
    String show(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            @RequestParam(defaultValue = "true") boolean shown,
            RedirectAttributes flash) {
        return switched(
                assemblyId,
                sessionId,
                flash,
                shown ? "tables.show.done" : "tables.hide.done",
                () -> plans.show(actor, assemblyId, sessionId, shown));
    }

    /** Turns a session's lock or its showing on or off, and goes back to the session with the notice or the reason. */
    private static String switched(
            AssemblyId assemblyId, SessionId sessionId, RedirectAttributes flash, String notice, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/tables/" + sessionId;
    }

    private static MemberId memberId(String posted) {
        try {
            return new MemberId(UUID.fromString(posted));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("member", "tables.move.not-seated");
        }
    }
}
