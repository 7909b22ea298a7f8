package org.minipublic.app.surveys.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.ResponseImport;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.Surveys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing responses from another survey tool: upload, see the columns matched and every problem, change the
 * matching if needed, then import all rows or cancel.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/surveys/{surveyId}/uploads")
@RequiresPermission(Permission.MANAGE_SURVEYS)
class SurveyImportController {

    private final ResponseImport imports;
    private final Surveys surveys;

    SurveyImportController(ResponseImport imports, Surveys surveys) {
        this.imports = imports;
        this.surveys = surveys;
    }

    @PostMapping
    String upload(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Actor actor,
            RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problem", "surveys.import.no-file");
            return SurveysController.redirect(assemblyId, surveyId);
        }
        try {
            var id = imports.upload(
                    actor, assemblyId, surveyId, String.valueOf(file.getOriginalFilename()), file.getBytes());
            return SurveysController.redirect(assemblyId, surveyId) + "/uploads/" + id;
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return SurveysController.redirect(assemblyId, surveyId);
        }
    }

    @GetMapping("/{uploadId}")
    String check(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID uploadId,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        return show(assemblyId, surveyId, uploadId, null, actor, model, flash);
    }

    /** Checks again with the columns matched as the organiser chose. */
    @PostMapping("/{uploadId}")
    String recheck(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        return show(assemblyId, surveyId, uploadId, chosen(form), actor, model, flash);
    }

    @PostMapping("/{uploadId}/import")
    String importFile(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> form,
            Actor actor,
            RedirectAttributes flash) {
        try {
            int added = imports.importUpload(actor, assemblyId, surveyId, uploadId, chosen(form));
            flash.addFlashAttribute("notice", "surveys.import.done");
            flash.addFlashAttribute("imported", added);
            return SurveysController.redirect(assemblyId, surveyId);
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return SurveysController.redirect(assemblyId, surveyId) + "/uploads/" + uploadId;
        }
    }

    @PostMapping("/{uploadId}/cancel")
    String cancel(
            @PathVariable AssemblyId assemblyId,
            @PathVariable SurveyId surveyId,
            @PathVariable UUID uploadId,
            Actor actor,
            RedirectAttributes flash) {
        try {
            imports.cancel(actor, assemblyId, surveyId, uploadId);
            flash.addFlashAttribute("notice", "surveys.import.cancelled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return SurveysController.redirect(assemblyId, surveyId);
    }

    private String show(
            AssemblyId assemblyId,
            SurveyId surveyId,
            UUID uploadId,
            @Nullable Map<Integer, String> chosen,
            Actor actor,
            Model model,
            RedirectAttributes flash) {
        try {
            model.addAttribute("survey", surveys.survey(actor, assemblyId, surveyId));
            model.addAttribute("check", imports.check(actor, assemblyId, surveyId, uploadId, chosen));
            return "surveys/upload";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return SurveysController.redirect(assemblyId, surveyId);
        }
    }

    /** The form's {@code column-N} fields: the question key chosen for column N, blank to leave it out. */
    private static @Nullable Map<Integer, String> chosen(Map<String, String> form) {
        var chosen = new HashMap<Integer, String>();
        form.forEach((name, key) -> {
            if (name.matches("column-\\d{1,4}")) {
                chosen.put(Integer.parseInt(name.substring(7)), key);
            }
        });
        return chosen.isEmpty() ? null : chosen;
    }
}
