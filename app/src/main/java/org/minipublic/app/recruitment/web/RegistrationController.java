package org.minipublic.app.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.CodeEntry;
import org.minipublic.app.recruitment.FieldProblem;
import org.minipublic.app.recruitment.Invited;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registration pages, for residents with an invitation letter: the code first (it shows the address, so
 * people see they typed their own), then the form. No login; protected from scripts by a hidden field, a signed
 * time stamp and limits on tries per code and per client address rather than a CAPTCHA.
 */
@Controller
@RequestMapping("/register")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class RegistrationController {

    private final Registration registration;
    private final Assemblies assemblies;
    private final FormToken tokens;

    RegistrationController(Registration registration, Assemblies assemblies, FormToken tokens) {
        this.registration = registration;
        this.assemblies = assemblies;
        this.tokens = tokens;
    }

    @GetMapping
    String codePage(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("code", code.length() > 20 ? "" : code);
        return "register/code";
    }

    @PostMapping
    String enterCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        var entry = registration.enterCode(code, request.getRemoteAddr());
        var invited = entry.invitation();
        if (invited.isEmpty()) {
            return codeProblem(entry, code, model);
        }
        var refusal = registration.refusal(invited.get());
        if (refusal.isPresent()) {
            model.addAttribute("refusal", refusal.get());
            return "register/closed";
        }
        var form = new RegistrationForm();
        form.setCode(invited.get().code().display());
        form.setStarted(tokens.issue());
        return formPage(invited.get(), form, model);
    }

    @PostMapping("/form")
    String submit(
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        var entry = registration.enterCode(form.getCode(), request.getRemoteAddr());
        var invited = entry.invitation();
        if (invited.isEmpty()) {
            return codeProblem(entry, "", model);
        }
        if (!form.getWebsite().isEmpty()) {
            return "register/done"; // a script filled the hidden field: tell it nothing
        }
        var verdict = tokens.check(form.getStarted());
        if (verdict != FormToken.Verdict.ACCEPTED) {
            errors.reject(
                    verdict == FormToken.Verdict.TOO_FAST ? "registration.too-fast" : "registration.form-expired");
            form.setStarted(tokens.issue());
            return formPage(invited.get(), form, model);
        }
        var person = form.toRespondent();
        List<FieldProblem> problems = registration.check(invited.get().assembly(), person);
        problems.forEach(
                p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey()));
        if (errors.hasErrors()) {
            return formPage(invited.get(), form, model);
        }
        try {
            registration.register(null, form.getCode(), person);
        } catch (InvalidInputException e) {
            model.addAttribute("refusal", e.messageKey());
            return "register/closed";
        }
        model.addAttribute("emailed", !person.email().isEmpty());
        return "register/done";
    }

    /** The code page again, saying the code was wrong or, after too many tries, how long to wait. */
    private static String codeProblem(CodeEntry entry, String code, Model model) {
        model.addAttribute("code", code.length() > 20 ? "" : code);
        model.addAttribute("codeProblem", entry.mustWait() ? "registration.wait" : "registration.code.unknown");
        model.addAttribute("waitMinutes", entry.waitMinutes());
        return "register/code";
    }

    private String formPage(Invited invited, RegistrationForm form, Model model) {
        var assembly = assemblies
                .find(invited.assembly())
                .orElseThrow(() -> new AssemblyNotFoundException(invited.assembly()));
        model.addAttribute("form", form);
        model.addAttribute("invited", invited);
        model.addAttribute("assembly", assembly);
        model.addAttribute("questions", registration.questions(invited.assembly()));
        model.addAttribute("formLanguages", Languages.SUPPORTED);
        return "register/form";
    }
}
