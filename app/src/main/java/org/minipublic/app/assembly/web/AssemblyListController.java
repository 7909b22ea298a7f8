package org.minipublic.app.assembly.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblySummary;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.InvitationAnswers;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.ReceivedInvitation;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's home page (their assemblies and the team invitations waiting for their answer), and new assemblies. */
@Controller
class AssemblyListController {

    private final Assemblies assemblies;
    private final Identity identity;
    private final InvitationAnswers invitations;

    AssemblyListController(Assemblies assemblies, Identity identity, InvitationAnswers invitations) {
        this.assemblies = assemblies;
        this.identity = identity;
        this.invitations = invitations;
    }

    @GetMapping("/")
    @RequiresPermission(Permission.USE_OWN_ACCOUNT)
    String home() {
        return "redirect:/assemblies";
    }

    @GetMapping("/assemblies")
    @RequiresPermission(Permission.USE_OWN_ACCOUNT)
    String list(Actor actor, Model model) {
        UserId user = Objects.requireNonNull(actor.userId(), "a page's actor is a logged-in user");
        Map<AssemblyId, AssemblyRole> roles = identity.rolesOf(user);
        boolean admin = identity.isPlatformAdmin(user);
        model.addAttribute("assemblies", admin ? assemblies.all() : assemblies.summaries(roles.keySet()));
        model.addAttribute("roles", roles);
        model.addAttribute("canCreate", identity.hasPermission(user, Permission.CREATE_ASSEMBLY));
        var received = invitations.received(actor);
        model.addAttribute("invitations", received);
        model.addAttribute("invitingAssemblies", titles(received));
        return "assembly/list";
    }

    @GetMapping("/assemblies/new")
    @RequiresPermission(Permission.CREATE_ASSEMBLY)
    String newForm(Model model) {
        model.addAttribute("form", AssemblyForm.blank());
        return "assembly/new";
    }

    @PostMapping("/assemblies")
    @RequiresPermission(Permission.CREATE_ASSEMBLY)
    String create(
            Actor actor,
            @Valid @ModelAttribute("form") AssemblyForm form,
            BindingResult errors,
            @RequestParam(name = "addDay", required = false) String addDay,
            RedirectAttributes flash) {
        if (addDay != null) {
            form.addEmptyRows(1);
            errors.getModel().clear();
            return "assembly/new";
        }
        AssemblyFormValidator.validate(form, errors);
        if (!errors.hasFieldErrors("title") && assemblies.isTitleTaken(form.getTitle(), null)) {
            errors.rejectValue("title", "assembly.title.taken");
        }
        if (errors.hasErrors()) {
            return "assembly/new";
        }
        try {
            var id = assemblies.create(actor, form.toDetails());
            flash.addFlashAttribute("notice", "assembly.notice.created");
            return "redirect:/assemblies/" + id;
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return "assembly/new";
        }
    }

    private Map<AssemblyId, AssemblySummary> titles(List<ReceivedInvitation> received) {
        var ids = received.stream().map(ReceivedInvitation::assemblyId).toList();
        return assemblies.summaries(ids).stream().collect(Collectors.toMap(AssemblySummary::id, Function.identity()));
    }
}
