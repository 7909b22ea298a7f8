package org.minipublic.app.assembly.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Your assembly": what a member needs to know, in plain words: the question, when and where. */
@Controller
class MemberPageController {

    @GetMapping("/assemblies/{assemblyId}/member")
    @RequiresPermission(Permission.VIEW_MEMBER_PAGE)
    String show(@PathVariable AssemblyId assemblyId) {
        return "assembly/member";
    }
}
