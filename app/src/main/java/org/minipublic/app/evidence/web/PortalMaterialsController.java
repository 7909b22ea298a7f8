package org.minipublic.app.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.Materials;
import org.minipublic.app.evidence.PageText;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.web.portal.PortalSessions;
import org.minipublic.app.shared.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Published materials on the member portal, in the member's language where a translation exists: a written page
 * shown, a file sent. Published materials reach members whether or not they are also public. Without a signed-in
 * member every page leads to the code page.
 */
@Controller
@RequestMapping("/portal/materials/{materialId}")
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PortalMaterialsController {

    private final Materials materials;
    private final PortalSessions sessions;

    PortalMaterialsController(Materials materials, PortalSessions sessions) {
        this.materials = materials;
        this.sessions = sessions;
    }

    @GetMapping
    String page(@PathVariable MaterialId materialId, HttpServletRequest request, Locale locale, Model model) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return "redirect:/portal";
        }
        var material = materials.published(visitor.get().signedIn().assembly(), MaterialFiles.language(locale)).stream()
                .filter(m -> m.id().equals(materialId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("material", material);
        model.addAttribute("blocks", PageText.blocks(material.body()));
        model.addAttribute(
                "direction", Languages.isRightToLeft(Locale.forLanguageTag(material.language())) ? "rtl" : "ltr");
        return "evidence/portal-page";
    }

    @GetMapping("/file")
    ResponseEntity<byte[]> file(@PathVariable MaterialId materialId, HttpServletRequest request, Locale locale) {
        var visitor = sessions.visitor(request);
        if (visitor.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, "/portal")
                    .build();
        }
        var file = materials
                .publishedFile(visitor.get().signedIn().assembly(), materialId, MaterialFiles.language(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return MaterialFiles.send(file.fileName(), file.mediaType(), file.content());
    }
}
