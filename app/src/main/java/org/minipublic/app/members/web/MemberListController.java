package org.minipublic.app.members.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.Attendance;
import org.minipublic.app.members.MemberFilter;
import org.minipublic.app.members.MemberStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The members of an assembly with their attendance, and adding one by hand. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members")
class MemberListController {

    private final Members members;
    private final Attendance attendance;

    MemberListController(Members members, Attendance attendance) {
        this.members = members;
        this.attendance = attendance;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_MEMBERS)
    String list(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new MemberFilter(search, status(status));
        model.addAttribute("result", members.page(actor, assemblyId, filter, page));
        model.addAttribute("days", attendance.days(assemblyId));
        model.addAttribute("search", filter.search());
        model.addAttribute(
                "status", filter.status() == null ? "" : filter.status().name());
        model.addAttribute("filtered", !filter.equals(MemberFilter.ALL));
        model.addAttribute(
                "pagePath",
                UriComponentsBuilder.fromPath("/assemblies/" + assemblyId + "/members")
                        .queryParamIfPresent(
                                "search", Optional.of(filter.search()).filter(s -> !s.isEmpty()))
                        .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                        .encode()
                        .toUriString());
        return "members/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String newMember(@PathVariable AssemblyId assemblyId, Model model) {
        return form(new MemberForm(), model);
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    String create(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var member = NewMember.byHand(form.toProfile());
        members.check(member)
                .forEach(p -> errors.rejectValue(
                        p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey()));
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            var id = members.enrol(actor, assemblyId, member);
            flash.addFlashAttribute("notice", "members.notice.added");
            return "redirect:/assemblies/" + assemblyId + "/members/" + id;
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(form, model);
        }
    }

    private static String form(MemberForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("formLanguages", Languages.SUPPORTED);
        model.addAttribute("isNew", true);
        return "members/form";
    }

    private static @Nullable MemberStatus status(String text) {
        return List.of(MemberStatus.values()).stream()
                .filter(s -> s.name().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElse(null);
    }
}
