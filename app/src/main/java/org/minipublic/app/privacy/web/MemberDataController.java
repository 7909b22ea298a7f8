package org.minipublic.app.privacy.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.Members;
import org.minipublic.app.privacy.MemberRights;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's copy of their data, and erasing them, from their member page (members imported or added by hand). */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members/{memberId}")
@RequiresPermission(Permission.MANAGE_MEMBERS)
class MemberDataController {

    private final MemberRights rights;
    private final Members members;

    MemberDataController(MemberRights rights, Members members) {
        this.rights = rights;
        this.members = members;
    }

    @GetMapping("/data.json")
    ResponseEntity<Map<String, @Nullable Object>> copy(
            @PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor) {
        var copy = rights.copy(actor, assemblyId, memberId);
        var body = new java.util.LinkedHashMap<String, @Nullable Object>();
        body.put("member", MemberJson.of(copy));
        return Downloads.json("personal-data-member-" + memberId + ".json", body);
    }

    /** What erasure deletes and keeps; for a member selected from the pool, where to erase them instead. */
    @GetMapping("/erase")
    String confirm(@PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor, Model model) {
        model.addAttribute("member", members.member(actor, assemblyId, memberId));
        model.addAttribute(
                "respondent", rights.respondentOf(actor, assemblyId, memberId).orElse(null));
        return "privacy/erase-member";
    }

    @PostMapping("/erase")
    String erase(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MemberId memberId,
            Actor actor,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes flash) {
        String page = "redirect:/assemblies/" + assemblyId + "/members/" + memberId + "/erase";
        if (!confirm) {
            flash.addFlashAttribute("problem", "privacy.erase.unconfirmed");
            return page;
        }
        try {
            rights.erase(actor, assemblyId, memberId);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            return page;
        }
        flash.addFlashAttribute("notice", "privacy.erase-member.done");
        return "redirect:/assemblies/" + assemblyId + "/members/" + memberId;
    }
}
