package org.minipublic.app.reporting.web;

import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.reporting.Dashboard;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** An assembly's home page: the lifecycle stages, what is done in each, and recent activity. */
@Controller
class DashboardController {

    static final int RECENT_ENTRIES = 5;

    private final Dashboard dashboard;
    private final AuditLog audit;
    private final Identity identity;

    DashboardController(Dashboard dashboard, AuditLog audit, Identity identity) {
        this.dashboard = dashboard;
        this.audit = audit;
        this.identity = identity;
    }

    @GetMapping("/assemblies/{assemblyId}")
    @RequiresPermission(Permission.VIEW_DASHBOARD)
    String show(
            @PathVariable AssemblyId assemblyId,
            @ModelAttribute("currentAssembly") AssemblyView assembly,
            Actor actor,
            Model model) {
        model.addAttribute("stages", dashboard.stages(assembly));
        if (actor.userId() != null && identity.hasPermission(actor.userId(), assemblyId, Permission.VIEW_AUDIT)) {
            var recent = audit.find(AuditQuery.forAssembly(assemblyId), 0).entries();
            model.addAttribute("recent", recent.subList(0, Math.min(RECENT_ENTRIES, recent.size())));
        }
        return "reporting/dashboard";
    }
}
