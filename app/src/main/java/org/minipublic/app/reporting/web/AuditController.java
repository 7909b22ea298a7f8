package org.minipublic.app.reporting.web;

import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log, for one assembly (its organisers) or for the whole installation (administrators), filtered and
 * paged, and exportable as CSV with the same filter.
 */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/assemblies/{assemblyId}/audit")
    @RequiresPermission(Permission.VIEW_AUDIT)
    String assemblyLog(
            @PathVariable AssemblyId assemblyId,
            @ModelAttribute("filter") AuditFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", audit.find(filter.toQuery(assemblyId), page));
        model.addAttribute("exportPath", "/assemblies/" + assemblyId + "/audit.csv");
        return "reporting/audit";
    }

    @GetMapping("/assemblies/{assemblyId}/audit.csv")
    @RequiresPermission(Permission.VIEW_AUDIT)
    ResponseEntity<StreamingResponseBody> assemblyExport(
            @PathVariable AssemblyId assemblyId, @ModelAttribute AuditFilter filter) {
        return AuditCsv.download(audit, filter.toQuery(assemblyId), "audit-" + assemblyId + ".csv");
    }

    @GetMapping("/admin/audit")
    @RequiresPermission(Permission.VIEW_PLATFORM_AUDIT)
    String fullLog(
            @ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", audit.find(filter.toQuery(null), page));
        model.addAttribute("exportPath", "/admin/audit.csv");
        return "reporting/audit";
    }

    @GetMapping("/admin/audit.csv")
    @RequiresPermission(Permission.VIEW_PLATFORM_AUDIT)
    ResponseEntity<StreamingResponseBody> fullExport(@ModelAttribute AuditFilter filter) {
        return AuditCsv.download(audit, filter.toQuery(null), "audit.csv");
    }
}
