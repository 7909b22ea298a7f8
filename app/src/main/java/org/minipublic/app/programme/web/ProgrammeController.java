package org.minipublic.app.programme.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.identity.Team;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.ProgrammeSession;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.Speaker;
import org.minipublic.app.programme.Speakers;
import org.minipublic.app.programme.Stage;
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

/** The programme by day, and adding, changing and removing sessions. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/programme")
class ProgrammeController {

    private final Programme programme;
    private final Speakers speakers;
    private final Team team;
    private final Identity identity;

    ProgrammeController(Programme programme, Speakers speakers, Team team, Identity identity) {
        this.programme = programme;
        this.speakers = speakers;
        this.team = team;
        this.identity = identity;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_PROGRAMME)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("days", programme.days(assemblyId));
        var sessions = programme.sessions(actor, assemblyId);
        model.addAttribute("byDay", byDay(sessions));
        model.addAttribute("leadNames", leadNames(sessions));
        model.addAttribute("speakersOf", bySessionKey(speakers.bySession(actor, assemblyId)));
        return "programme/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String create(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        var form = new SessionForm();
        programme.days(assemblyId).stream()
                .findFirst()
                .ifPresent(d -> form.setDay(d.date().toString()));
        return form(actor, assemblyId, null, form, model);
    }

    @PostMapping("/new")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String add(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var details = form.toDetails(errors);
        if (details == null) {
            return form(actor, assemblyId, null, form, model);
        }
        try {
            programme.add(actor, assemblyId, details, form.people());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, null, form, model);
        }
        flash.addFlashAttribute("notice", "programme.session.added");
        return "redirect:/assemblies/" + assemblyId + "/programme";
    }

    @GetMapping("/{sessionId}")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String edit(@PathVariable AssemblyId assemblyId, @PathVariable SessionId sessionId, Actor actor, Model model) {
        var session = programme.session(actor, assemblyId, sessionId);
        var form = SessionForm.of(session);
        form.setSpeakers(speakers.bySession(actor, assemblyId).getOrDefault(sessionId, List.of()).stream()
                .map(s -> s.id().toString())
                .toList());
        return form(actor, assemblyId, session, form, model);
    }

    @PostMapping("/{sessionId}")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String save(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var session = programme.session(actor, assemblyId, sessionId);
        var details = form.toDetails(errors);
        if (details == null) {
            return form(actor, assemblyId, session, form, model);
        }
        try {
            programme.update(actor, assemblyId, sessionId, details, form.getVersion(), form.people());
        } catch (InvalidInputException e) {
            e.rejectOn(errors);
            return form(actor, assemblyId, session, form, model);
        }
        flash.addFlashAttribute("notice", "programme.session.saved");
        return "redirect:/assemblies/" + assemblyId + "/programme";
    }

    @GetMapping("/{sessionId}/remove")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String confirmRemove(
            @PathVariable AssemblyId assemblyId, @PathVariable SessionId sessionId, Actor actor, Model model) {
        model.addAttribute("entry", programme.session(actor, assemblyId, sessionId));
        return "programme/remove";
    }

    @PostMapping("/{sessionId}/remove")
    @RequiresPermission(Permission.MANAGE_PROGRAMME)
    String remove(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SessionId sessionId,
            Actor actor,
            RedirectAttributes flash) {
        programme.remove(actor, assemblyId, sessionId);
        flash.addFlashAttribute("notice", "programme.session.removed");
        return "redirect:/assemblies/" + assemblyId + "/programme";
    }

    private String form(
            Actor actor, AssemblyId assemblyId, @Nullable ProgrammeSession session, SessionForm form, Model model) {
        model.addAttribute("speakers", speakers.all(actor, assemblyId));
        model.addAttribute(
                "leads",
                team.members(actor, assemblyId).stream()
                        .filter(m -> Programme.LEADS.contains(m.role()) && m.enabled())
                        .toList());
        model.addAttribute("entry", session);
        model.addAttribute("form", form);
        model.addAttribute("days", programme.days(assemblyId));
        model.addAttribute("stages", Stage.values());
        return "programme/form";
    }

    /** Sessions under their day's date, days in order; days without sessions are left to the page. */
    private static Map<LocalDate, List<ProgrammeSession>> byDay(List<ProgrammeSession> sessions) {
        Map<LocalDate, List<ProgrammeSession>> byDay = new LinkedHashMap<>();
        for (var session : sessions) {
            byDay.computeIfAbsent(session.details().day(), d -> new java.util.ArrayList<>())
                    .add(session);
        }
        return byDay;
    }

    /** Speakers by session id as text, which SpEL can look up in a map. */
    private static Map<String, List<Speaker>> bySessionKey(Map<SessionId, List<Speaker>> bySession) {
        Map<String, List<Speaker>> keyed = new LinkedHashMap<>();
        bySession.forEach((session, list) -> keyed.put(session.toString(), list));
        return keyed;
    }

    /** The display names of the sessions' leads, by user id as text. */
    private Map<String, String> leadNames(List<ProgrammeSession> sessions) {
        var ids = sessions.stream()
                .map(ProgrammeSession::lead)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, String> names = new LinkedHashMap<>();
        identity.displayNames(ids).forEach((id, name) -> names.put(id.toString(), name));
        return names;
    }
}
