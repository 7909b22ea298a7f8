package org.minipublic.app.evidence.web;

import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.PageText;
import org.minipublic.app.evidence.PublicMaterials;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published materials organisers marked public, for everyone, in the reader's language where a translation was
 * published. Answers 404 while the assembly is being planned, for a material that is not public or not published,
 * and for an assembly that does not exist. The path names the assembly {@code assembly}, not {@code assemblyId}, so
 * the staff navigation stays off.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicMaterialsController {

    private final PublicMaterials materials;
    private final Assemblies assemblies;

    PublicMaterialsController(PublicMaterials materials, Assemblies assemblies) {
        this.materials = materials;
        this.assemblies = assemblies;
    }

    @GetMapping("/public/assemblies/{assembly}/materials")
    String list(@PathVariable("assembly") AssemblyId assemblyId, Locale locale, Model model) {
        if (!materials.isPublic(assemblyId)) {
            throw notFound();
        }
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute("assemblyTitle", title(assemblyId));
        model.addAttribute("materials", materials.all(assemblyId, MaterialFiles.language(locale)));
        model.addAttribute("languageNames", MaterialFiles.languageNames(locale));
        return "evidence/public";
    }

    /** A written page shown; a file sent (images shown, other files downloaded). */
    @GetMapping("/public/assemblies/{assembly}/materials/{materialId}")
    Object show(
            @PathVariable("assembly") AssemblyId assemblyId,
            @PathVariable MaterialId materialId,
            Locale locale,
            Model model) {
        var language = MaterialFiles.language(locale);
        var material =
                materials.find(assemblyId, materialId, language).orElseThrow(PublicMaterialsController::notFound);
        if (material.isFile()) {
            var file =
                    materials.file(assemblyId, materialId, language).orElseThrow(PublicMaterialsController::notFound);
            return MaterialFiles.send(file.fileName(), file.mediaType(), file.content());
        }
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute("assemblyTitle", title(assemblyId));
        model.addAttribute("material", material);
        model.addAttribute("blocks", PageText.blocks(material.body()));
        model.addAttribute(
                "direction", Languages.isRightToLeft(Locale.forLanguageTag(material.language())) ? "rtl" : "ltr");
        return "evidence/public-page";
    }

    private String title(AssemblyId assemblyId) {
        return assemblies
                .find(assemblyId)
                .orElseThrow(PublicMaterialsController::notFound)
                .title();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
