package org.minipublic.app.accountability.web;

import org.minipublic.app.accountability.ProgressReportId;
import org.minipublic.app.accountability.ProgressReports;
import org.minipublic.app.accountability.ReportSchedule;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Progress reports: the periods due with their drafts and published versions, the schedule, preparing and publishing. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/progress-reports")
class ProgressReportsController {

    private final ProgressReports reports;

    ProgressReportsController(ProgressReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String list(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("overview", reports.overview(actor, assemblyId));
        return "accountability/progress-reports";
    }

    @PostMapping("/schedule")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String schedule(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String firstMonths,
            @RequestParam(defaultValue = "") String everyMonths,
            Actor actor,
            RedirectAttributes flash) {
        try {
            reports.changeSchedule(actor, assemblyId, new ReportSchedule(months(firstMonths), months(everyMonths)));
            flash.addFlashAttribute("notice", "accountability.reports.schedule-saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return "redirect:/assemblies/" + assemblyId + "/progress-reports#schedule";
    }

    @PostMapping("/prepare")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String prepare(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "0") int period,
            Actor actor,
            RedirectAttributes flash) {
        var id = reports.prepare(actor, assemblyId, period);
        flash.addFlashAttribute("notice", "accountability.report.prepared");
        return "redirect:/assemblies/" + assemblyId + "/progress-reports/" + id;
    }

    @GetMapping("/{reportId}")
    @RequiresPermission(Permission.VIEW_ACCOUNTABILITY)
    String show(
            @PathVariable AssemblyId assemblyId, @PathVariable ProgressReportId reportId, Actor actor, Model model) {
        model.addAttribute("shown", reports.report(actor, assemblyId, reportId));
        return "accountability/progress-report";
    }

    @PostMapping("/{reportId}")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String changeIntro(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ProgressReportId reportId,
            @RequestParam(defaultValue = "") String intro,
            @RequestParam(defaultValue = "-1") int version,
            Actor actor,
            RedirectAttributes flash) {
        try {
            reports.changeIntro(actor, assemblyId, reportId, intro, version);
            flash.addFlashAttribute("notice", "accountability.report.saved");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            flash.addFlashAttribute("draftIntro", intro);
        }
        return "redirect:/assemblies/" + assemblyId + "/progress-reports/" + reportId;
    }

    @PostMapping("/{reportId}/publish")
    @RequiresPermission(Permission.MANAGE_ACTIONS)
    String publish(
            @PathVariable AssemblyId assemblyId,
            @PathVariable ProgressReportId reportId,
            Actor actor,
            RedirectAttributes flash) {
        reports.publish(actor, assemblyId, reportId);
        flash.addFlashAttribute("notice", "accountability.report.published");
        return "redirect:/assemblies/" + assemblyId + "/progress-reports/" + reportId;
    }

    /** A whole number of months; anything else is refused like one out of range. */
    private static int months(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
