package org.minipublic.app.assembly.web;

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

    @GetMapping("/api/v1/assemblies")
    List<PublicAssembly> assemblies() {
        return assemblies.all().stream()
                .filter(a -> a.status() != AssemblyStatus.PLANNING)
                .map(a -> new PublicAssembly(
                        a.id().toString(),
                        a.title(),
                        a.status().name().toLowerCase(Locale.ROOT),
                        Map.of("draws", "/api/v1/assemblies/" + a.id() + "/draws")))
                .toList();
    }
}
