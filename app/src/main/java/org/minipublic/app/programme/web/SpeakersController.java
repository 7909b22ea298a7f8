package org.minipublic.app.programme.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Speaker;
import org.minipublic.app.programme.SpeakerId;
import org.minipublic.app.programme.Speakers;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assembly's speakers with the balance of their perspectives, and adding, changing and removing them. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/programme/speakers")
class SpeakersController {

    private final Speakers speakers;

    SpeakersController(Speakers speakers) {
        this.speakers = speakers;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_PROGRAMME)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var all = speakers.all(actor, assemblyId);
        model.addAttribute("speakers", all);
        model.addAttribute("balance", balance(all));
        return "programme/speakers";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String create(Model model) {
        return form(null, new SpeakerForm(), model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") SpeakerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var details = form.toDetails(errors);
        try {
            if (details != null) {
                speakers.add(actor, assemblyId, details);
                flash.addFlashAttribute("notice", "programme.speaker.added");
                return "redirect:/assemblies/" + assemblyId + "/programme/speakers";
            }
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
        }
        return form(null, form, model);
    }

    @GetMapping("/{speakerId}")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable SpeakerId speakerId, Actor actor, Model model) {
        var speaker = speakers.speaker(actor, assemblyId, speakerId);
        return form(speaker, SpeakerForm.of(speaker), model);
    }

    @PostMapping("/{speakerId}")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SpeakerId speakerId,
            Actor actor,
            @ModelAttribute("form") SpeakerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var speaker = speakers.speaker(actor, assemblyId, speakerId);
        var details = form.toDetails(errors);
        try {
            if (details != null) {
                speakers.update(actor, assemblyId, speakerId, details, form.getVersion());
                flash.addFlashAttribute("notice", "programme.speaker.saved");
                return "redirect:/assemblies/" + assemblyId + "/programme/speakers";
            }
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
        }
        return form(speaker, form, model);
    }

    @GetMapping("/{speakerId}/remove")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String confirmRemove(
            @PathVariable AssemblyId assemblyId, @PathVariable SpeakerId speakerId, Actor actor, Model model) {
        model.addAttribute("speaker", speakers.speaker(actor, assemblyId, speakerId));
        return "programme/speaker-remove";
    }

    @PostMapping("/{speakerId}/remove")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SpeakerId speakerId,
            Actor actor,
            RedirectAttributes flash) {
        speakers.remove(actor, assemblyId, speakerId);
        flash.addFlashAttribute("notice", "programme.speaker.removed");
        return "redirect:/assemblies/" + assemblyId + "/programme/speakers";
    }

    private static String form(@Nullable Speaker speaker, SpeakerForm form, Model model) {
        model.addAttribute("speaker", speaker);
        model.addAttribute("form", form);
        model.addAttribute("perspectives", Perspective.values());
        return "programme/speaker-form";
    }

    /** Speakers per perspective, every perspective listed (with 0), keyed by name for the page. */
    private static Map<String, Long> balance(List<Speaker> all) {
        Map<Perspective, Long> counts = new EnumMap<>(Perspective.class);
        for (var perspective : Perspective.values()) {
            counts.put(perspective, 0L);
        }
        all.forEach(s -> counts.merge(s.details().perspective(), 1L, Long::sum));
        var keyed = new java.util.LinkedHashMap<String, Long>();
        counts.forEach((perspective, count) -> keyed.put(perspective.name(), count));
        return keyed;
    }
}
