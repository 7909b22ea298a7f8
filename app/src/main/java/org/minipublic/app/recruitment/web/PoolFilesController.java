package org.minipublic.app.recruitment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.PoolDuplicates;
import org.minipublic.app.recruitment.PoolExport;
import org.minipublic.app.recruitment.PoolImport;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pool in and out of files: importing people recruited elsewhere, exporting the pool, and possible duplicates. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/respondents")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class PoolFilesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PoolImport imports;
    private final PoolExport export;
    private final PoolDuplicates duplicates;

    PoolFilesController(PoolImport imports, PoolExport export, PoolDuplicates duplicates) {
        this.imports = imports;
        this.export = export;
        this.duplicates = duplicates;
    }

    @PostMapping("/uploads")
    String upload(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problem", "recruitment.import.no-file");
            return redirectToPool(assemblyId);
        }
        try {
            var check = imports.upload(actor, assemblyId, String.valueOf(file.getOriginalFilename()), file.getBytes());
            return "redirect:/assemblies/" + assemblyId + "/respondents/uploads/" + check.uploadId();
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToPool(assemblyId);
        }
    }

    @GetMapping("/uploads/{uploadId}")
    String check(
            @PathVariable AssemblyId assemblyId,
            @PathVariable UUID uploadId,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        try {
            model.addAttribute("check", imports.check(actor, assemblyId, uploadId));
            return "recruitment/pool-upload";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToPool(assemblyId);
        }
    }

    @PostMapping("/uploads/{uploadId}/import")
    String importFile(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("imported", imports.importUpload(actor, assemblyId, uploadId));
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToPool(assemblyId);
    }

    @PostMapping("/uploads/{uploadId}/cancel")
    String cancel(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            imports.cancel(actor, assemblyId, uploadId);
            flash.addFlashAttribute("notice", "recruitment.import.cancelled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToPool(assemblyId);
    }

    @GetMapping("/duplicates")
    String duplicates(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("groups", duplicates.groups(actor, assemblyId));
        return "recruitment/duplicates";
    }

    @GetMapping("/export.csv")
    void csv(@PathVariable AssemblyId assemblyId, Actor actor, HttpServletResponse response) throws IOException {
        export.requireAllowed(actor, assemblyId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("respondents.csv"));
        export.writeCsv(actor, assemblyId, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    void xlsx(@PathVariable AssemblyId assemblyId, Actor actor, HttpServletResponse response) throws IOException {
        export.requireAllowed(actor, assemblyId);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("respondents.xlsx"));
        export.writeXlsx(actor, assemblyId, response.getOutputStream());
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static String redirectToPool(AssemblyId assemblyId) {
        return "redirect:/assemblies/" + assemblyId + "/respondents";
    }
}
