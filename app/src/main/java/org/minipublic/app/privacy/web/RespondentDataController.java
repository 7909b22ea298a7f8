package org.minipublic.app.privacy.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.privacy.RespondentData;
import org.minipublic.app.recruitment.PoolRespondents;
import org.minipublic.app.recruitment.RespondentId;
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

/** A respondent's copy of their data, and erasing them, from their page in the pool. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/respondents/{respondentId}")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class RespondentDataController {

    private final RespondentData data;
    private final PoolRespondents respondents;

    RespondentDataController(RespondentData data, PoolRespondents respondents) {
        this.data = data;
        this.respondents = respondents;
    }

    @GetMapping("/data.json")
    ResponseEntity<Map<String, @Nullable Object>> copy(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor) {
        var copy = data.copy(actor, assemblyId, respondentId);
        return Downloads.json("personal-data-" + respondentId + ".json", DataCopyJson.of(copy));
    }

    @GetMapping("/erase")
    String confirm(
            @PathVariable AssemblyId assemblyId, @PathVariable RespondentId respondentId, Actor actor, Model model) {
        model.addAttribute("respondent", respondents.find(actor, assemblyId, respondentId));
        return "privacy/erase";
    }

    @PostMapping("/erase")
    String erase(
            @PathVariable AssemblyId assemblyId,
            @PathVariable RespondentId respondentId,
            Actor actor,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes flash) {
        if (!confirm) {
            flash.addFlashAttribute("problem", "privacy.erase.unconfirmed");
            return "redirect:/assemblies/" + assemblyId + "/respondents/" + respondentId + "/erase";
        }
        try {
            data.erase(actor, assemblyId, respondentId);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            return "redirect:/assemblies/" + assemblyId + "/respondents/" + respondentId + "/erase";
        }
        flash.addFlashAttribute("notice", "privacy.erase.done");
        return "redirect:/assemblies/" + assemblyId + "/respondents";
    }
}
