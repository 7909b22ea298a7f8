package org.minipublic.app.report.web;

import java.util.Locale;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.report.Narrative;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The final report for the team: its narrative sections, the report as it reads now, its versions, publishing. */
@Controller
class ReportController {

    private final FinalReport report;

    ReportController(FinalReport report) {
        this.report = report;
    }

    @GetMapping("/assemblies/{assemblyId}/report")
    @RequiresPermission(Permission.VIEW_REPORT)
    String show(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale, Model model) {
        if (!model.containsAttribute("narrative")) {
            model.addAttribute("narrative", report.narrative(actor, assemblyId));
        }
        model.addAttribute("latest", report.latestNumber(actor, assemblyId));
        model.addAttribute("versions", report.versions(actor, assemblyId));
        model.addAttribute("body", report.draftBody(actor, assemblyId, locale));
        return "report/edit";
    }

    @PostMapping("/assemblies/{assemblyId}/report")
    @RequiresPermission(Permission.WRITE_REPORT)
    String save(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String introduction,
            @RequestParam(defaultValue = "") String process,
            @RequestParam(defaultValue = "") String nextSteps,
            @RequestParam(defaultValue = "0") int after,
            Actor actor,
            RedirectAttributes flash) {
        var narrative = new Narrative(introduction, process, nextSteps);
        try {
            report.save(actor, assemblyId, narrative, after);
            flash.addFlashAttribute("notice", "report.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("narrative", narrative);
        }
        return "redirect:/assemblies/" + assemblyId + "/report";
    }

    @PostMapping("/assemblies/{assemblyId}/report/publish")
    @RequiresPermission(Permission.WRITE_REPORT)
    String publish(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale, RedirectAttributes flash) {
        try {
            report.publish(actor, assemblyId, locale);
            flash.addFlashAttribute("notice", "report.published");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/report";
    }

    @GetMapping("/assemblies/{assemblyId}/report.pdf")
    @RequiresPermission(Permission.VIEW_REPORT)
    ResponseEntity<byte[]> pdf(@PathVariable AssemblyId assemblyId, Actor actor, Locale locale) {
        return pdf(report.draftPdf(actor, assemblyId, locale), "report-draft.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
