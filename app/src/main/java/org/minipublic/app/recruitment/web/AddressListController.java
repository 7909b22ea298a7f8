package org.minipublic.app.recruitment.web;

import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.recruitment.AddressList;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The address list: what is on it, uploading a file, checking it and importing it. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/addresses")
@RequiresPermission(Permission.MANAGE_RECRUITMENT)
class AddressListController {

    private final AddressList addresses;

    AddressListController(AddressList addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    String list(
            @PathVariable AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("areas", addresses.areas(assemblyId));
        model.addAttribute("result", addresses.page(assemblyId, search, page));
        model.addAttribute("search", search.strip());
        model.addAttribute(
                "pagePath",
                UriComponentsBuilder.fromPath("/assemblies/" + assemblyId + "/addresses")
                        .queryParamIfPresent(
                                "search", java.util.Optional.of(search.strip()).filter(s -> !s.isEmpty()))
                        .encode()
                        .toUriString());
        return "recruitment/addresses";
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
            return redirectToList(assemblyId);
        }
        try {
            var check =
                    addresses.upload(actor, assemblyId, String.valueOf(file.getOriginalFilename()), file.getBytes());
            return "redirect:/assemblies/" + assemblyId + "/addresses/uploads/" + check.uploadId();
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToList(assemblyId);
        }
    }

    @GetMapping("/uploads/{uploadId}")
    String check(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Model model, RedirectAttributes flash) {
        try {
            model.addAttribute("check", addresses.check(assemblyId, uploadId));
            return "recruitment/upload";
        } catch (InvalidInputException e) {
            e.flashOn(flash);
            return redirectToList(assemblyId);
        }
    }

    @PostMapping("/uploads/{uploadId}/import")
    String importFile(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("imported", addresses.importUpload(actor, assemblyId, uploadId));
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToList(assemblyId);
    }

    @PostMapping("/uploads/{uploadId}/cancel")
    String cancel(
            @PathVariable AssemblyId assemblyId, @PathVariable UUID uploadId, Actor actor, RedirectAttributes flash) {
        try {
            addresses.cancel(actor, assemblyId, uploadId);
            flash.addFlashAttribute("notice", "recruitment.import.cancelled");
        } catch (InvalidInputException e) {
            e.flashOn(flash);
        }
        return redirectToList(assemblyId);
    }

    private static String redirectToList(AssemblyId assemblyId) {
        return "redirect:/assemblies/" + assemblyId + "/addresses";
    }
}
