package org.minipublic.app.recruitment.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.PoolRespondents;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.recruitment.RespondentId;
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

/**
 * One respondent: everything stored about them (answers included, which may be special-category data, hence
 * organisers only), correcting it, and withdrawing them from the pool or putting them back.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/respondents/{respondentId}")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class RespondentController {

    private final PoolRespondents respondents;
    private final RegistrationSetup setup;

    RespondentController(PoolRespondents respondents, RegistrationSetup setup) {
        this.respondents = respondents;
        this.setup = setup;
    }

    @GetMapping
    String show(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor, Model model) {
        model.addAttribute("respondent", respondents.find(actor, assemblyId, respondentId));
        model.addAttribute("categories", setup.categories(assemblyId));
        return "recruitment/respondent";
    }

    @GetMapping("/edit")
    String editForm(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor, Model model) {
        var respondent = respondents.find(actor, assemblyId, respondentId);
        return editPage(assemblyId, respondent, RespondentForm.of(respondent), model);
    }

    @PostMapping("/edit")
    String edit(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RespondentId respondentId,
            Actor actor,
            @ModelAttribute("form") RespondentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var respondent = respondents.find(actor, assemblyId, respondentId);
        var changed = form.toRespondent();
        respondents
                .check(assemblyId, changed)
                .forEach(p -> errors.rejectValue(
                        p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey()));
        if (!errors.hasErrors()) {
            try {
                respondents.edit(actor, assemblyId, respondentId, changed, form.getArea());
                flash.addFlashAttribute("notice", "recruitment.respondent.saved");
                return redirect(assemblyId, respondentId);
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        return editPage(assemblyId, respondent, form, model);
    }

    @GetMapping("/withdraw")
    String confirmWithdrawal(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor, Model model) {
        model.addAttribute("respondent", respondents.find(actor, assemblyId, respondentId));
        return "recruitment/respondent-withdraw";
    }

    @PostMapping("/withdraw")
    String withdraw(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RespondentId respondentId,
            Actor actor,
            RedirectAttributes flash) {
        respondents.withdraw(actor, assemblyId, respondentId);
        flash.addFlashAttribute("notice", "recruitment.respondent.withdrawn");
        return redirect(assemblyId, respondentId);
    }

    @PostMapping("/reinstate")
    String reinstate(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RespondentId respondentId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            respondents.reinstate(actor, assemblyId, respondentId);
            flash.addFlashAttribute("notice", "recruitment.respondent.reinstated");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirect(assemblyId, respondentId);
    }

    private String editPage(
            AssemblyId assemblyId,
            org.minipublic.app.recruitment.RespondentDetails respondent,
            RespondentForm form,
            Model model) {
        model.addAttribute("respondent", respondent);
        model.addAttribute("form", form);
        model.addAttribute(
                "questions",
                setup.categories(assemblyId).stream()
                        .filter(c -> c.kind() == org.minipublic.app.recruitment.Category.Kind.ASKED)
                        .toList());
        model.addAttribute("formLanguages", Languages.SUPPORTED);
        return "recruitment/respondent-edit";
    }

    private static String redirect(AssemblyId assemblyId, RespondentId respondentId) {
        return "redirect:/assemblies/" + assemblyId + "/respondents/" + respondentId;
    }
}
