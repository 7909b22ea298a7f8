package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.InvitationId;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.Team;
import org.minipublic.app.identity.TeamInvitations;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An assembly's team page: who holds which role, pending invitations, and inviting someone new. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/team")
class TeamController {

    private final Team team;
    private final TeamInvitations invitations;
    private final Identity identity;

    TeamController(Team team, TeamInvitations invitations, Identity identity) {
        this.team = team;
        this.invitations = invitations;
        this.identity = identity;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_TEAM)
    String show(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale, Model model) {
        model.addAttribute("form", InviteForm.empty(locale.getLanguage()));
        return page(assemblyId, actor, model);
    }

    /** Answers "invitation sent" for every address, so the page tells nobody which addresses have accounts. */
    @PostMapping("/invitations")
    @RequiresPermission(Permission.MANAGE_TEAM)
    String invite(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                invitations.invite(actor, assemblyId, form.email(), form.role(), language(form.language()));
                flash.addFlashAttribute("notice", "team.notice.invited");
                return "redirect:/assemblies/" + assemblyId + "/team";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        return page(assemblyId, actor, model);
    }

    @PostMapping("/{userId}/role")
    @RequiresPermission(Permission.MANAGE_TEAM)
    String changeRole(
            @PathVariable AssemblyId assemblyId,
            @PathVariable UserId userId,
            @RequestParam AssemblyRole role,
            Actor actor,
            RedirectAttributes flash) {
        return act(
                flash, assemblyId, "team.notice.role-changed", () -> team.changeRole(actor, assemblyId, userId, role));
    }

    @GetMapping("/{userId}/remove")
    @RequiresPermission(Permission.MANAGE_TEAM)
    String confirmRemove(@PathVariable AssemblyId assemblyId, @PathVariable UserId userId, Actor actor, Model model) {
        var member = team.member(actor, assemblyId, userId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("member", member);
        return "identity/team-remove";
    }

    @PostMapping("/{userId}/remove")
    @RequiresPermission(Permission.MANAGE_TEAM)
    String remove(
            @PathVariable AssemblyId assemblyId, @PathVariable UserId userId, Actor actor, RedirectAttributes flash) {
        return act(flash, assemblyId, "team.notice.removed", () -> team.remove(actor, assemblyId, userId));
    }

    @PostMapping("/invitations/{invitationId}/revoke")
    @RequiresPermission(Permission.MANAGE_TEAM)
    String revoke(
            @PathVariable AssemblyId assemblyId,
            @PathVariable InvitationId invitationId,
            Actor actor,
            RedirectAttributes flash) {
        return act(flash, assemblyId, "team.notice.revoked", () -> invitations.revoke(actor, assemblyId, invitationId));
    }

    private String page(AssemblyId assemblyId, Actor actor, Model model) {
        boolean canManage =
                actor.userId() != null && identity.hasPermission(actor.userId(), assemblyId, Permission.MANAGE_TEAM);
        model.addAttribute("members", team.members(actor, assemblyId));
        model.addAttribute("invitations", canManage ? invitations.pending(actor, assemblyId) : List.of());
        model.addAttribute("roles", AssemblyRole.values());
        model.addAttribute("canManage", canManage);
        return "identity/team";
    }

    private static String act(RedirectAttributes flash, AssemblyId assemblyId, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/team";
    }

    private static Locale language(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }
}
