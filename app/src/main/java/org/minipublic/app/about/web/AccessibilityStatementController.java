package org.minipublic.app.about.web;

import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, linked from every page's footer. */
@Controller
class AccessibilityStatementController {

    @GetMapping("/accessibility")
    @RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
    String statement() {
        return "about/accessibility";
    }
}
