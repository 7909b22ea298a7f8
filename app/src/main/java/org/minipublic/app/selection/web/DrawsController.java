package org.minipublic.app.selection.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.AlternateDeclines;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.CompositionChart;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.DrawAlternates;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.DrawPerson;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.Panel;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.selection.VerificationBundles;
import org.minipublic.app.selection.Withdrawal;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Draws: the list and a new draw, one draw's progress and result, and its draw record and verification bundle to
 * download.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/draws")
class DrawsController {

    private final Draws draws;
    private final Targets targets;
    private final Pool pool;
    private final VerificationBundles bundles;
    private final DrawAlternates alternates;
    private final AlternateDeclines declines;
    private final Ceremonies ceremonies;

    DrawsController(
            Draws draws,
            Targets targets,
            Pool pool,
            VerificationBundles bundles,
            DrawAlternates alternates,
            AlternateDeclines declines,
            Ceremonies ceremonies) {
        this.ceremonies = ceremonies;
        this.draws = draws;
        this.targets = targets;
        this.pool = pool;
        this.bundles = bundles;
        this.alternates = alternates;
        this.declines = declines;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_SELECTION)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("form", new DrawForm());
        return page(actor, assemblyId, model);
    }

    @PostMapping
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String start(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @ModelAttribute("form") DrawForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            if (form.isCeremony()) {
                var ceremony = ceremonies.commit(actor, assemblyId, form.toSettings());
                flash.addFlashAttribute("notice", "selection.ceremony.started");
                return "redirect:/assemblies/" + assemblyId + "/ceremonies/" + ceremony;
            }
            var id = draws.start(actor, assemblyId, form.toSettings());
            flash.addFlashAttribute("notice", "selection.draw.started");
            return "redirect:/assemblies/" + assemblyId + "/draws/" + id;
        } catch (InvalidInputException e) {
            if (List.of("algorithm", "seed", "witnesses").contains(e.field())) {
                e.rejectOn(errors);
            } else {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            return page(actor, assemblyId, model);
        }
    }

    @GetMapping("/{drawId}")
    @RequiresPermission(Permission.VIEW_SELECTION)
    String show(@PathVariable AssemblyId assemblyId, @PathVariable DrawId drawId, Actor actor, Model model) {
        var draw = draws.find(assemblyId, drawId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("draw", draw);
        model.addAttribute(
                "ceremony",
                ceremonies
                        .ofDraw(drawId)
                        .flatMap(id -> ceremonies.find(actor, assemblyId, id))
                        .orElse(null));
        if (draw.done()) {
            addResult(actor, assemblyId, draw, model);
            addStanding(actor, assemblyId, draw, model);
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", new DrawForm());
            }
            if (!model.containsAttribute("alternatesForm")) {
                model.addAttribute("alternatesForm", new AlternatesForm());
            }
        }
        return "selection/draw";
    }

    /** Who the draw chose and held in reserve, their chances, the panel's make-up and how to check it. */
    private void addResult(Actor actor, AssemblyId assemblyId, Draw draw, Model model) {
        var drawId = draw.id();
        var people = draws.people(actor, assemblyId, drawId);
        model.addAttribute("panel", people.stream().filter(DrawPerson::selected).toList());
        model.addAttribute(
                "reserves",
                people.stream()
                        .filter(p -> p.reserveRank() != null)
                        .sorted(java.util.Comparator.comparing(DrawPerson::reserveRank))
                        .toList());
        model.addAttribute(
                "names",
                pool.summaries(
                        assemblyId, people.stream().map(DrawPerson::respondent).toList()));
        // chances this close to 0 or 1 are exactly 0 or 1 to the engine's precision
        model.addAttribute(
                "neverChosen", people.stream().filter(p -> p.chance() < 1e-6).count());
        model.addAttribute(
                "alwaysChosen",
                people.stream().filter(p -> p.chance() > 1 - 1e-6).count());
        var composition = draws.composition(assemblyId, drawId);
        model.addAttribute("composition", composition);
        model.addAttribute("chart", CompositionChart.of(composition, draw.panelSize()));
        model.addAttribute("verifiable", bundles.available(assemblyId, drawId));
        model.addAttribute(
                "validPanels",
                draws.record(actor, assemblyId, drawId).flatMap(ValidPanels::in).orElse(null));
    }

    /** The first draw's panel as it stands after withdrawals and replacements. */
    private void addStanding(Actor actor, AssemblyId assemblyId, Draw draw, Model model) {
        var first = draw.replaces() == null ? draw.id() : draw.replaces();
        var standing = draws.panel(actor, assemblyId, first);
        model.addAttribute("standing", standing);
        model.addAttribute("firstDraw", draws.find(assemblyId, first).orElseThrow());
        model.addAttribute("reasons", Withdrawal.Reason.values());
        if (draw.replaces() != null) {
            model.addAttribute("fromAlternates", draws.drawnFromAlternates(assemblyId, draw.id()));
        } else {
            addAlternates(actor, assemblyId, draw, standing, model);
        }
    }

    /** A first draw's alternates, how many are still free to take a seat, and whether a choice is under way. */
    private void addAlternates(Actor actor, AssemblyId assemblyId, Draw draw, Panel standing, Model model) {
        var choices = alternates.all(actor, assemblyId, draw.id());
        model.addAttribute("alternates", choices.isEmpty() ? null : choices.get(choices.size() - 1));
        model.addAttribute("earlierAlternates", choices.isEmpty() ? List.of() : choices.subList(0, choices.size() - 1));
        model.addAttribute("alternatesLeft", draws.alternatesLeft(actor, assemblyId, draw.id(), standing));
        model.addAttribute("declinedAlternates", declines.declined(actor, assemblyId, draw.id()));
        model.addAttribute("choosingAlternates", alternates.choosing(draw.id()));
        model.addAttribute("alternatesFailure", alternates.failure(draw.id()).orElse(null));
        model.addAttribute("maxAlternates", DrawAlternates.MAX_BUDGET);
        model.addAttribute("minWithdrawals", DrawAlternates.MIN_WITHDRAWALS);
    }

    @PostMapping("/{drawId}/alternates")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String chooseAlternates(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DrawId drawId,
            Actor actor,
            @ModelAttribute("alternatesForm") AlternatesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (draws.find(assemblyId, drawId).isEmpty()) { // else refused below and redirected to a page that is not there
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            alternates.choose(actor, assemblyId, drawId, budget(form.getBudget()));
            flash.addFlashAttribute("notice", "selection.alternates.started");
            return "redirect:/assemblies/" + assemblyId + "/draws/" + drawId + "#alternates";
        } catch (InvalidInputException e) {
            if (!e.messageKey().equals("selection.alternates.budget.invalid")) {
                // busy, not a first draw, no withdrawals...: the form may not be on the page, so at its top
                e.flashOn(flash);
                return "redirect:/assemblies/" + assemblyId + "/draws/" + drawId;
            }
            // beside the field, above the form, which the page scrolls to (its action ends in #alternates-form)
            e.rejectOn(errors);
            return show(assemblyId, drawId, actor, model);
        }
    }

    private static int budget(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("budget", "selection.alternates.budget.invalid", DrawAlternates.MAX_BUDGET);
        }
    }

    @PostMapping("/{drawId}/withdrawals")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String withdraw(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DrawId drawId,
            Actor actor,
            @RequestParam RespondentId respondent,
            @RequestParam Withdrawal.Reason reason,
            RedirectAttributes flash) {
        try {
            draws.withdraw(actor, assemblyId, drawId, respondent, reason);
            flash.addFlashAttribute("notice", "selection.withdraw.done");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/draws/" + drawId;
    }

    @PostMapping("/{drawId}/replacements")
    @RequiresPermission(Permission.MANAGE_SELECTION)
    String replace(
            @PathVariable AssemblyId assemblyId,
            @PathVariable DrawId drawId,
            Actor actor,
            @ModelAttribute("form") DrawForm form,
            BindingResult errors,
            Model model) {
        try {
            var id = draws.startReplacement(actor, assemblyId, drawId, form.toSettings(), form.fromAlternates());
            return "redirect:/assemblies/" + assemblyId + "/draws/" + id;
        } catch (InvalidInputException e) {
            if (List.of("seed", "witnesses").contains(e.field())) {
                e.rejectOn(errors);
            } else {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            return show(assemblyId, drawId, actor, model);
        }
    }

    @GetMapping(value = "/{drawId}/record.json")
    @RequiresPermission(Permission.VIEW_SELECTION)
    ResponseEntity<byte[]> record(@PathVariable AssemblyId assemblyId, @PathVariable DrawId drawId, Actor actor) {
        var draw = draws.find(assemblyId, drawId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String json = draws.record(actor, assemblyId, drawId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("draw-" + draw.number() + ".json")
                                .build()
                                .toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The draw record with the targets and people files it read and how to check them, as one ZIP. */
    @GetMapping(value = "/{drawId}/bundle.zip")
    @RequiresPermission(Permission.VIEW_SELECTION)
    ResponseEntity<byte[]> bundle(
            @PathVariable AssemblyId assemblyId, @PathVariable DrawId drawId, Actor actor, Locale locale) {
        var bundle = bundles.bundle(actor, assemblyId, drawId, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(bundle.fileName())
                                .build()
                                .toString())
                .body(bundle.zip());
    }

    private String page(Actor actor, AssemblyId assemblyId, Model model) {
        model.addAttribute("draws", draws.all(assemblyId));
        model.addAttribute("ceremonies", ceremonies.all(actor, assemblyId));
        model.addAttribute("targets", targets.current(assemblyId).orElse(null));
        model.addAttribute("algorithms", DrawSettings.ALGORITHMS);
        model.addAttribute("running", draws.all(assemblyId).stream().anyMatch(d -> d.status() == Draw.Status.RUNNING));
        return "selection/draws";
    }
}
