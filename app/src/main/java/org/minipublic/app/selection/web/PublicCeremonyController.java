package org.minipublic.app.selection.web;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.Ceremony;
import org.minipublic.app.selection.CeremonyId;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A draw ceremony in public: the commitment's SHA-256 and text before the digits are drawn, then the digits, the
 * panel number and the panel's pseudonyms, with the files to check it. Nobody is named. The path names the assembly
 * {@code assembly}, not {@code assemblyId}, so the staff pages' navigation stays off this page.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
@RequestMapping("/public/assemblies/{assembly}/ceremonies/{ceremonyId}")
class PublicCeremonyController {

    private final Ceremonies ceremonies;
    private final Draws draws;
    private final Assemblies assemblies;

    PublicCeremonyController(Ceremonies ceremonies, Draws draws, Assemblies assemblies) {
        this.ceremonies = ceremonies;
        this.draws = draws;
        this.assemblies = assemblies;
    }

    @GetMapping
    String show(@PathVariable("assembly") AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId, Model model) {
        var ceremony = published(assemblyId, ceremonyId);
        model.addAttribute("ceremony", ceremony);
        model.addAttribute("settings", ceremony.committedLottery().settings());
        model.addAttribute("reveal", ceremony.reveal());
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute(
                "assemblyTitle", assemblies.find(assemblyId).orElseThrow().title());
        model.addAttribute(
                "publishedDraw",
                ceremony.draw() == null
                        ? null
                        : draws.published(assemblyId, ceremony.draw()).orElse(null));
        return "selection/public-ceremony";
    }

    @GetMapping("/commitment.txt")
    ResponseEntity<byte[]> commitment(
            @PathVariable("assembly") AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId) {
        var ceremony = published(assemblyId, ceremonyId);
        return CeremonyFiles.text("commitment.txt", java.util.Objects.requireNonNull(ceremony.commitment()));
    }

    @GetMapping("/commitment.sha256")
    ResponseEntity<byte[]> sha256(
            @PathVariable("assembly") AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId) {
        var ceremony = published(assemblyId, ceremonyId);
        return CeremonyFiles.text("commitment.sha256", ceremony.sha256() + "\n");
    }

    @GetMapping("/result.txt")
    ResponseEntity<byte[]> result(
            @PathVariable("assembly") AssemblyId assemblyId, @PathVariable CeremonyId ceremonyId) {
        var text = published(assemblyId, ceremonyId).resultText();
        if (text == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return CeremonyFiles.text("result.txt", text);
    }

    private Ceremony published(AssemblyId assemblyId, CeremonyId ceremonyId) {
        return ceremonies
                .published(assemblyId, ceremonyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
