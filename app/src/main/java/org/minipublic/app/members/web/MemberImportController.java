package org.minipublic.app.members.web;

import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberImport;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing members from a file: upload, check, then import or cancel. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members/uploads")
@RequiresPermission(Permission.MANAGE_MEMBERS)
class MemberImportController {

    private final MemberImport imports;

    MemberImportController(MemberImport imports) {
        this.imports = imports;
    }

    @PostMapping
    String upload(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problem", "members.import.no-file");
            return redirectToList(assemblyId);
        }
        try {
            var check = imports.upload(actor, assemblyId, String.valueOf(file.getOriginalFilename()), file.getBytes());
            return "redirect:/assemblies/" + assemblyId + "/members/uploads/" + check.uploadId();
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToList(assemblyId);
        }
    }

    @GetMapping("/{uploadId}")
    String check(
            @PathVariable AssemblyId assemblyId,
            @PathVariable UUID uploadId,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        try {
            model.addAttribute("check", imports.check(actor, assemblyId, uploadId));
            return "members/upload";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToList(assemblyId);
        }
    }

    @PostMapping("/{uploadId}/import")
    String importFile(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("imported", imports.importUpload(actor, assemblyId, uploadId));
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToList(assemblyId);
    }

    @PostMapping("/{uploadId}/cancel")
    String cancel(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            imports.cancel(actor, assemblyId, uploadId);
            flash.addFlashAttribute("notice", "members.import.cancelled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToList(assemblyId);
    }

    private static String redirectToList(AssemblyId assemblyId) {
        return "redirect:/assemblies/" + assemblyId + "/members";
    }
}
