package org.minipublic.app.accountability.web;

import org.minipublic.app.accountability.ProgressReportId;
import org.minipublic.app.accountability.ProgressReports;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A published progress report, under the assembly's public accountability page. No login; it names no member. */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicProgressReportController {

    private final ProgressReports reports;
    private final Assemblies assemblies;

    PublicProgressReportController(ProgressReports reports, Assemblies assemblies) {
        this.reports = reports;
        this.assemblies = assemblies;
    }

    @GetMapping("/public/assemblies/{assembly}/progress-reports/{reportId}")
    String show(@PathVariable("assembly") AssemblyId assemblyId, @PathVariable ProgressReportId reportId, Model model) {
        var shown = reports.publishedReport(assemblyId, reportId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("shown", shown);
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute(
                "assemblyTitle",
                assemblies
                        .find(assemblyId)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                        .title());
        return "accountability/public-progress-report";
    }
}
