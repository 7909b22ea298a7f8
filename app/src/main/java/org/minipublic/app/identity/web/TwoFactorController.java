package org.minipublic.app.identity.web;

import jakarta.validation.Valid;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.TwoFactor;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own two-factor sign-in: set it up (QR code, then a first code, then the backup codes, shown once), see how
 * many backup codes are left, switch it off with the password and a code where it is not required.
 */
@Controller
@RequestMapping("/account/two-factor")
@RequiresPermission(Permission.USE_OWN_ACCOUNT)
class TwoFactorController {

    private static final String STATUS = "identity/two-factor";
    private static final String ENROL = "identity/two-factor-enrol";

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String page(Actor actor, Model model) {
        var status = twoFactor.status(actor);
        if (status.enabled()) {
            model.addAttribute("disableForm", DisableTwoFactorForm.empty());
            model.addAttribute("codesForm", TwoFactorCodeForm.empty());
            return status(actor, model);
        }
        model.addAttribute("form", TwoFactorCodeForm.empty());
        return enrol(actor, model);
    }

    @PostMapping
    String confirm(
            @Valid @ModelAttribute("form") TwoFactorCodeForm form, BindingResult errors, Actor actor, Model model) {
        if (twoFactor.status(actor).enabled()) {
            return "redirect:/account/two-factor"; // confirmed meanwhile, in another tab
        }
        if (errors.hasErrors()) {
            return enrol(actor, model);
        }
        try {
            model.addAttribute("backupCodes", twoFactor.confirmEnrolment(actor, form.code()));
            return "identity/two-factor-backup-codes";
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return enrol(actor, model);
        }
    }

    @PostMapping("/backup-codes")
    String replaceBackupCodes(
            @Valid @ModelAttribute("codesForm") TwoFactorCodeForm form,
            BindingResult errors,
            Actor actor,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("backupCodes", twoFactor.replaceBackupCodes(actor, form.code()));
                return "identity/two-factor-backup-codes";
            } catch (InvalidInputException e) {
                e.rejectOn(errors);
            }
        }
        model.addAttribute("disableForm", DisableTwoFactorForm.empty());
        return status(actor, model);
    }

    @PostMapping("/disable")
    String disable(
            @Valid @ModelAttribute("disableForm") DisableTwoFactorForm form,
            BindingResult errors,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("codesForm", TwoFactorCodeForm.empty());
        if (errors.hasErrors()) {
            return status(actor, model);
        }
        try {
            twoFactor.disable(actor, form.currentPassword(), form.code());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return status(actor, model);
        }
        flash.addFlashAttribute("notice", "two-factor.notice.disabled");
        return "redirect:/account/two-factor";
    }

    private String enrol(Actor actor, Model model) {
        model.addAttribute("enrolment", twoFactor.startEnrolment(actor));
        model.addAttribute("required", twoFactor.status(actor).required());
        return ENROL;
    }

    private String status(Actor actor, Model model) {
        model.addAttribute("status", twoFactor.status(actor));
        return STATUS;
    }
}
