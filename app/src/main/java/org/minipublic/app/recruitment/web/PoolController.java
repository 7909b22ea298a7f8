package org.minipublic.app.recruitment.web;

import java.util.List;
import java.util.Optional;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.FieldProblem;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolDuplicates;
import org.minipublic.app.recruitment.PoolImport;
import org.minipublic.app.recruitment.Registration;
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

/** The respondent pool: its make-up, the list, and registering someone who calls by phone. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/respondents")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class PoolController {

    private final Pool pool;
    private final PoolDuplicates duplicates;
    private final Registration registration;
    private final Assemblies assemblies;

    PoolController(Pool pool, PoolDuplicates duplicates, Registration registration, Assemblies assemblies) {
        this.pool = pool;
        this.duplicates = duplicates;
        this.registration = registration;
        this.assemblies = assemblies;
    }

    @GetMapping
    String list(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("composition", pool.composition(assemblyId));
        model.addAttribute("duplicateGroups", duplicates.count(actor, assemblyId));
        model.addAttribute("maxFileMegabytes", PoolImport.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("result", pool.page(assemblyId, search, page));
        model.addAttribute("search", search.strip());
        model.addAttribute(
                "pagePath",
                UriComponentsBuilder.fromPath("/assemblies/" + assemblyId + "/respondents")
                        .queryParamIfPresent(
                                "search", Optional.of(search.strip()).filter(s -> !s.isEmpty()))
                        .encode()
                        .toUriString());
        return "recruitment/pool";
    }

    @GetMapping("/phone")
    String phone(@PathVariable AssemblyId assemblyId, @RequestParam(defaultValue = "") String code, Model model) {
        var invited = registration.invitation(code).filter(i -> i.assembly().equals(assemblyId));
        if (invited.isEmpty()) {
            if (!code.isBlank()) {
                model.addAttribute("codeProblem", "registration.code.unknown");
            }
            model.addAttribute("code", code.length() > 20 ? "" : code);
            return "recruitment/phone-code";
        }
        var form = new RegistrationForm();
        form.setCode(invited.get().code().display());
        return formPage(assemblyId, form, invited.get(), model);
    }

    @PostMapping("/phone")
    String registerByPhone(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var invited =
                registration.invitation(form.getCode()).filter(i -> i.assembly().equals(assemblyId));
        if (invited.isEmpty()) {
            model.addAttribute("codeProblem", "registration.code.unknown");
            model.addAttribute("code", "");
            return "recruitment/phone-code";
        }
        var person = form.toRespondent();
        List<FieldProblem> problems = registration.check(assemblyId, person);
        problems.forEach(
                p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey()));
        if (errors.hasErrors()) {
            return formPage(assemblyId, form, invited.get(), model);
        }
        try {
            registration.register(actor, form.getCode(), person);
        } catch (InvalidInputException e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return formPage(assemblyId, form, invited.get(), model);
        }
        flash.addFlashAttribute("notice", "recruitment.pool.registered-by-phone");
        return "redirect:/assemblies/" + assemblyId + "/respondents";
    }

    private String formPage(
            AssemblyId assemblyId, RegistrationForm form, org.minipublic.app.recruitment.Invited invited, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("invited", invited);
        model.addAttribute(
                "assembly", assemblies.find(assemblyId).orElseThrow(() -> new AssemblyNotFoundException(assemblyId)));
        model.addAttribute("questions", registration.questions(assemblyId));
        model.addAttribute("formLanguages", Languages.SUPPORTED);
        model.addAttribute("formAction", "/assemblies/" + assemblyId + "/respondents/phone");
        model.addAttribute("byPhone", true);
        return "register/form";
    }
}
