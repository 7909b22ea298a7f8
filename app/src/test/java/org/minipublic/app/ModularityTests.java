package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is verified on every build, and the module diagrams in docs/modules are written from it. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MinipublicApplication.class);

    private static final Path DOCS = Path.of("../docs/modules");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        Set<String> names;
        try (Stream<Path> files = Files.list(generated)) {
            names = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        for (String name : names) {
            copyUnlessOnlyReordered(generated.resolve(name), DOCS.resolve(name));
        }
        try (Stream<Path> stale = Files.list(DOCS)) {
            for (Path file : stale.filter(f -> !names.contains(f.getFileName().toString()))
                    .toList()) {
                Files.delete(file); // a module that no longer exists
            }
        }
        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(names).contains("module-assembly.puml", "module-assembly.adoc");
    }

    /**
     * The documenter lists relations and events in no fixed order; a file whose lines are only reordered is left as it
     * was, so that test runs do not rewrite the committed diagrams.
     */
    private static void copyUnlessOnlyReordered(Path fresh, Path committed) throws IOException {
        if (Files.exists(committed) && sorted(fresh).equals(sorted(committed))) {
            return;
        }
        Files.copy(fresh, committed, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> sorted(Path file) throws IOException {
        // a table cell's first list item carries the cell marker: "|* a" then "* b" is the same list as "|* b", "* a"
        return Files.readAllLines(file).stream()
                .map(line -> line.strip().replaceFirst("^\\|\\* ", "* "))
                .sorted()
                .toList();
    }
}
