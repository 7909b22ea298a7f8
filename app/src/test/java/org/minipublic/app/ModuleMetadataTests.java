package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start-up Spring Modulith needs the modules in dependency order (to run each module's migrations after those it
 * depends on). Working that out from the classes took 6 to 8 seconds of every start, so the order is kept in a file
 * that Spring Modulith reads instead ({@value ApplicationModulesExporter#DEFAULT_LOCATION}); this test keeps the file
 * true, and rewrites it when a module is added, removed or its dependencies change.
 */
class ModuleMetadataTests {

    private static final Path FILE = Path.of("src/main/resources", ApplicationModulesExporter.DEFAULT_LOCATION);

    @Test
    void theStoredModuleOrderIsTheOneTheClassesGive() throws IOException {
        var order = ModularityTests.MODULES.stream()
                .map(module -> module.getIdentifier().toString())
                .toList();
        var stored = stored();
        if (!stored.equals(order)) {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, new ApplicationModulesExporter(ModularityTests.MODULES).toJson() + "\n");
        }
        assertThat(stored)
                .as("the module order in %s (now rewritten: commit it)", FILE)
                .isEqualTo(order);
    }

    /** Spring Modulith reads only the top-level keys, in their order (and initializers, which we do not use). */
    private static List<String> stored() throws IOException {
        if (!Files.exists(FILE)) {
            return List.of();
        }
        return List.copyOf(JsonMapper.shared().readTree(Files.readString(FILE)).propertyNames());
    }
}
