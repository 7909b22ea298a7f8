package org.minipublic.app.selection.web;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.CompositionChart;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public record of a finished draw: seed, input fingerprints, algorithm, engine, witnesses, composition against
 * targets, and how to check it. No names, contact details or anyone's values. The path names the assembly
 * {@code assembly}, not {@code assemblyId}, so the staff pages' assembly navigation stays off this public page.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicDrawController {

    private final Draws draws;
    private final Ceremonies ceremonies;
    private final Assemblies assemblies;

    PublicDrawController(Draws draws, Ceremonies ceremonies, Assemblies assemblies) {
        this.draws = draws;
        this.ceremonies = ceremonies;
        this.assemblies = assemblies;
    }

    @GetMapping("/public/assemblies/{assembly}/draws/{drawId}")
    String show(@PathVariable("assembly") AssemblyId assemblyId, @PathVariable DrawId drawId, Model model) {
        var draw = draws.published(assemblyId, drawId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("draw", draw);
        model.addAttribute(
                "ceremony",
                ceremonies
                        .ofDraw(drawId)
                        .flatMap(id -> ceremonies.published(assemblyId, id))
                        .orElse(null));
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute(
                "assemblyTitle", assemblies.find(assemblyId).orElseThrow().title());
        var composition = draws.composition(assemblyId, drawId);
        model.addAttribute("composition", composition);
        model.addAttribute("chart", CompositionChart.of(composition, draw.panelSize()));
        return "selection/public-draw";
    }
}
