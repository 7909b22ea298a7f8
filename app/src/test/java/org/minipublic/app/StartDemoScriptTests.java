package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command shows progress while it builds (a quiet Maven printed nothing for two minutes), builds
 * only what the application needs and starts the demo.
 */
class StartDemoScriptTests {

    private static final Path ROOT = Path.of("..");
    private static final Path SCRIPT = ROOT.resolve("scripts/start-demo");

    @Test
    void theReadmesFirstCommandIsTheDemoScript() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String firstBlock = readme.substring(readme.indexOf("```sh\n") + "```sh\n".length());
        assertThat(firstBlock.substring(0, firstBlock.indexOf("```")).strip()).isEqualTo("./scripts/start-demo");
    }

    @Test
    void theDemoScriptShowsMavensProgressAndBuildsOnlyTheApplication() throws IOException {
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
        var maven = Files.readAllLines(SCRIPT).stream()
                .filter(line -> line.startsWith("./mvnw"))
                .map(line -> List.of(line.split("\\s+")))
                .toList();
        assertThat(maven).singleElement().satisfies(arguments -> assertThat(arguments)
                .doesNotContain("-q", "--quiet")
                .containsSubsequence("-pl", "app", "-am")
                .contains("package"));
        assertThat(Files.readString(SCRIPT)).contains("--demo \"$@\"");
    }
}
