package org.minipublic.app.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.selection.CompositionRow;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/assemblies/{id}/draws}: an assembly's finished draws as JSON for scripts and observers. The
 * field names are a published interface: add fields, never rename or remove one. Figures only, never a person.
 */
@RestController
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class DrawsApiController {

    /** One draw as the interface publishes it. */
    /** @param replaces for a replacement draw, the number of the draw whose withdrawn members it replaces */
    record PublicDraw(
            int number,
            @Nullable Integer replaces,
            @Nullable Instant drawnAt,
            String algorithm,
            long seed,
            @Nullable String engineVersion,
            Map<String, @Nullable String> inputDigests,
            int panelSize,
            @Nullable Integer poolSize,
            @Nullable Double smallestChance,
            @Nullable Double largestChance,
            List<String> witnesses,
            Map<String, Map<String, Seats>> composition) {}

    /** One value's figures. */
    record Seats(int registered, int min, int max, int selected) {}

    private final Draws draws;

    DrawsApiController(Draws draws) {
        this.draws = draws;
    }

    @Operation(
            summary = "Lottery draws",
            description =
                    "Each public draw: seed, fingerprints, algorithm, engine, witnesses and figures per value (registered, target, selected); never a person.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such assembly, or not published yet")
    @GetMapping("/api/v1/assemblies/{id}/draws")
    List<PublicDraw> draws(@PathVariable("id") AssemblyId assemblyId) {
        var published = draws.published(assemblyId);
        if (!draws.isPublic(assemblyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return published.stream().map(d -> of(assemblyId, d)).toList();
    }

    private PublicDraw of(AssemblyId assembly, Draw draw) {
        var digests = new LinkedHashMap<String, @Nullable String>();
        digests.put("targetsSha256", draw.targetsDigest());
        digests.put("peopleSha256", draw.peopleDigest());
        var composition = new LinkedHashMap<String, Map<String, Seats>>();
        for (CompositionRow row : draws.composition(assembly, draw.id())) {
            composition
                    .computeIfAbsent(row.category(), c -> new LinkedHashMap<>())
                    .put(row.value(), new Seats(row.registered(), row.min(), row.max(), row.selected()));
        }
        var replaced = draw.replaces() == null ? null : draws.find(assembly, draw.replaces());
        return new PublicDraw(
                draw.number(),
                replaced == null ? null : replaced.map(Draw::number).orElse(null),
                draw.finishedAt(),
                draw.algorithm(),
                draw.seed(),
                draw.engineVersion(),
                digests,
                draw.panelSize(),
                draw.poolSize(),
                draw.smallestChance(),
                draw.largestChance(),
                draw.witnesses(),
                composition);
    }
}
