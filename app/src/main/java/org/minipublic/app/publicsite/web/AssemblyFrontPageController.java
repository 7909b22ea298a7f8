package org.minipublic.app.publicsite.web;

import java.util.Locale;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.publicsite.AssemblyFrontPage;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An assembly's front page on the public site. Answers 404 while the assembly is being planned and for one that does
 * not exist. The path names the assembly {@code assembly}, not {@code assemblyId}, so the staff navigation stays off.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class AssemblyFrontPageController {

    private final AssemblyFrontPage frontPage;

    AssemblyFrontPageController(AssemblyFrontPage frontPage) {
        this.frontPage = frontPage;
    }

    @GetMapping("/public/assemblies/{assembly}")
    String show(@PathVariable("assembly") AssemblyId assemblyId, Locale locale, Model model) {
        var page = frontPage
                .of(assemblyId, Languages.supportedOrEnglish(locale).getLanguage())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute("assemblyTitle", page.assembly().title());
        return "publicsite/assembly";
    }
}
