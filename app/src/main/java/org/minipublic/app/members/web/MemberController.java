package org.minipublic.app.members.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.Attendance;
import org.minipublic.app.members.ConcurrentEditException;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberStatus;
import org.minipublic.app.members.MemberView;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One member: their page, editing their details and payments, and withdrawing them. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members/{memberId}")
class MemberController {

    private final Members members;
    private final Attendance attendance;

    MemberController(Members members, Attendance attendance) {
        this.members = members;
        this.attendance = attendance;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_MEMBERS)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor, Model model) {
        var member = members.member(actor, assemblyId, memberId);
        model.addAttribute("member", member);
        model.addAttribute("days", attendance.days(assemblyId));
        model.addAttribute("replacedBy", linked(actor, assemblyId, replacement(member)));
        model.addAttribute("replaces", linked(actor, assemblyId, member.replaces()));
        return "members/detail";
    }

    @GetMapping("/edit")
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor, Model model) {
        var member = members.member(actor, assemblyId, memberId);
        return form(member, MemberForm.of(member), model);
    }

    @PostMapping("/edit")
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MemberId memberId,
            Actor actor,
            @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var member = members.member(actor, assemblyId, memberId);
        members.check(NewMember.byHand(form.toProfile()))
                .forEach(p -> errors.rejectValue(
                        p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey()));
        var changes = form.toChanges(member.sight().wellbeing(), errors);
        if (errors.hasErrors() || changes == null) {
            return form(member, form, model);
        }
        try {
            members.update(actor, assemblyId, memberId, changes, form.getVersion());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(member, form, model);
        } catch (ConcurrentEditException e) {
            errors.reject("members.concurrent-edit");
            return form(member, form, model);
        }
        flash.addFlashAttribute("notice", "members.notice.saved");
        return "redirect:/assemblies/" + assemblyId + "/members/" + memberId;
    }

    @GetMapping("/withdraw")
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String confirmWithdrawal(
            @PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor, Model model) {
        var form = new WithdrawForm();
        form.setOn(attendance.today());
        return withdrawPage(assemblyId, members.member(actor, assemblyId, memberId), actor, form, model);
    }

    @PostMapping("/withdraw")
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String withdraw(
            @PathVariable AssemblyId assemblyId,
            @PathVariable MemberId memberId,
            Actor actor,
            @ModelAttribute("form") WithdrawForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var member = members.member(actor, assemblyId, memberId);
        var withdrawal = form.toWithdrawal();
        if (withdrawal == null) {
            errors.rejectValue("on", "members.withdraw.on.required");
            return withdrawPage(assemblyId, member, actor, form, model);
        }
        try {
            members.withdraw(actor, assemblyId, memberId, withdrawal);
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return withdrawPage(assemblyId, member, actor, form, model);
        }
        flash.addFlashAttribute("notice", "members.notice.withdrawn");
        return "redirect:/assemblies/" + assemblyId + "/members/" + memberId;
    }

    private String withdrawPage(AssemblyId assemblyId, MemberView member, Actor actor, WithdrawForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute(
                "replacements",
                members.all(actor, assemblyId).stream()
                        .filter(m -> m.status() == MemberStatus.ACTIVE && !m.id().equals(member.id()))
                        .toList());
        return "members/withdraw";
    }

    private static String form(MemberView member, MemberForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("formLanguages", Languages.SUPPORTED);
        model.addAttribute("isNew", false);
        return "members/form";
    }

    private @Nullable MemberView linked(Actor actor, AssemblyId assemblyId, @Nullable MemberId id) {
        return id == null ? null : members.member(actor, assemblyId, id);
    }

    private static @Nullable MemberId replacement(MemberView member) {
        return member.withdrawal() == null ? null : member.withdrawal().replacement();
    }
}
