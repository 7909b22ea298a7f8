package org.minipublic.app.assembly.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/assemblies}: the assemblies the public may see (past planning), as JSON with links to what each
 * publishes. A published interface: add fields, never rename or remove one.
 */
@RestController
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class AssembliesApiController {

    /** One assembly as the interface publishes it; {@code status} is the stage in lower case, e.g. "selecting". */
    record PublicAssembly(String id, String title, String status, Map<String, String> links) {}

    private final Assemblies assemblies;

    AssembliesApiController(Assemblies assemblies) {
        this.assemblies = assemblies;
    }

    @Operation(
            summary = "Published assemblies",
            description =
                    "The assemblies past planning, each with links to its draws, recommendations, responses and actions.")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/api/v1/assemblies")
    List<PublicAssembly> assemblies() {
        return assemblies.all().stream()
                .filter(a -> a.status() != AssemblyStatus.PLANNING)
                .map(a -> new PublicAssembly(
                        a.id().toString(),
                        a.title(),
                        a.status().name().toLowerCase(Locale.ROOT),
                        links(a.id().toString())))
                .toList();
    }

    /**
     * Where each part of an assembly's public record is. A part the organisers have not published yet answers 404
     * (the draws until one is public; the recommendations, responses and actions until they are published).
     */
    private static Map<String, String> links(String id) {
        String base = "/api/v1/assemblies/" + id;
        var links = new java.util.LinkedHashMap<String, String>();
        for (String part : List.of("draws", "recommendations", "responses", "actions")) {
            links.put(part, base + "/" + part);
        }
        return links;
    }
}
