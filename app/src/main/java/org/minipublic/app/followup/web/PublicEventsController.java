package org.minipublic.app.followup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.followup.Event;
import org.minipublic.app.followup.EventCalendar;
import org.minipublic.app.followup.EventId;
import org.minipublic.app.followup.SignUps;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public events page: an assembly's follow-up events, each with a sign-up form while places are left, and a
 * calendar file. Shown once the assembly's accountability page is published; it names nobody who signed up. The
 * path names the assembly {@code assembly}, not {@code assemblyId}, so the staff navigation stays off.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicEventsController {

    private final SignUps signUps;
    private final Assemblies assemblies;
    private final Clock clock;
    private final String baseUrl;

    PublicEventsController(
            SignUps signUps, Assemblies assemblies, Clock clock, @Value("${minipublic.base-url}") String baseUrl) {
        this.signUps = signUps;
        this.assemblies = assemblies;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/public/assemblies/{assembly}/events")
    String page(@PathVariable("assembly") AssemblyId assemblyId, CsrfToken csrf, Model model) {
        var all = signUps.publicEvents(assemblyId);
        csrf.getToken(); // the page has forms: the token must be stored before the page starts to be sent
        var now = clock.instant();
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute(
                "assemblyTitle", assemblies.find(assemblyId).map(a -> a.title()).orElse("Minipublic"));
        model.addAttribute("upcoming", all.stream().filter(e -> !e.past(now)).toList());
        model.addAttribute(
                "past",
                all.stream()
                        .filter(e -> e.past(now))
                        .sorted(Comparator.comparing((Event e) -> e.details().startsAt())
                                .reversed())
                        .toList());
        model.addAttribute("now", now);
        return "followup/public";
    }

    @PostMapping("/public/assemblies/{assembly}/events/{event}/sign-up")
    String signUp(
            @PathVariable("assembly") AssemblyId assemblyId,
            @PathVariable("event") EventId eventId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String accessNeeds,
            @RequestParam(defaultValue = "false") boolean consent,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes flash) {
        try {
            signUps.signUp(
                    assemblyId,
                    eventId,
                    new SignUps.Request(name, email, accessNeeds, consent),
                    locale,
                    request.getRemoteAddr());
            flash.addFlashAttribute("notice", "followup.sign-up.check-inbox");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("failedEvent", eventId);
            flash.addFlashAttribute("draftName", name);
            flash.addFlashAttribute("draftEmail", email);
            flash.addFlashAttribute("draftNeeds", accessNeeds);
        }
        return "redirect:/public/assemblies/" + assemblyId + "/events#event-" + eventId;
    }

    @GetMapping("/public/assemblies/{assembly}/events/{event}.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable("assembly") AssemblyId assemblyId, @PathVariable("event") EventId eventId) {
        var event = signUps.publicEvent(assemblyId, eventId);
        // The configured address, not the request's Host header, which a client chooses.
        String page = baseUrl + "/public/assemblies/" + assemblyId + "/events#event-" + eventId;
        byte[] body = EventCalendar.of(event, page, clock.instant()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("event.ics")
                                .build()
                                .toString())
                .body(body);
    }
}
