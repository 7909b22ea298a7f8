package org.minipublic.app.report.web;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The newest published version of the final report, for everyone, on the web and as PDF. */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicReportController {

    private final FinalReport report;
    private final Assemblies assemblies;

    PublicReportController(FinalReport report, Assemblies assemblies) {
        this.report = report;
        this.assemblies = assemblies;
    }

    @GetMapping("/public/assemblies/{assembly}/report")
    String show(@PathVariable("assembly") AssemblyId assemblyId, Model model) {
        var published = report.published(assemblyId).orElseThrow(PublicReportController::notFound);
        model.addAttribute("published", published);
        // The report keeps the language it was published in, whatever the reader's pages are in.
        model.addAttribute(
                "reportDirection",
                org.minipublic.app.shared.Languages.isRightToLeft(published.language()) ? "rtl" : "ltr");
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute("assemblyTitle", title(assemblyId));
        return "report/public";
    }

    @GetMapping("/public/assemblies/{assembly}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("assembly") AssemblyId assemblyId) {
        byte[] pdf = report.publishedPdf(assemblyId, title(assemblyId)).orElseThrow(PublicReportController::notFound);
        return ReportController.pdf(pdf, "report.pdf");
    }

    private String title(AssemblyId assemblyId) {
        return assemblies
                .find(assemblyId)
                .orElseThrow(PublicReportController::notFound)
                .title();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
