package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The runnable jar as the package phase leaves it, run in a process of its own. */
class PackagedJarIntegrationTests {

    private static final Path TARGET = Path.of("target");
    private static final Path JAR = TARGET.resolve("minipublic-grouping.jar");

    @Test
    void runsOnItsOwnAndPrintsTheCommandLinesUsage() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-jar", JAR.toString(), "--help")
                .redirectErrorStream(true)
                .start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed.lines())
                .isEqualTo(GroupingCli.commandLine().getUsageMessage().lines().toList());
    }

    @Test
    void keepsEveryLibrarysNoticeAndLicenceNotOnlyTheFirstOneFound() throws IOException {
        try (var jar = new ZipFile(JAR.toFile())) {
            String notice = text(jar, "META-INF/NOTICE");
            String licence = text(jar, "META-INF/LICENSE");

            assertThat(notice).contains("Apache POI", "Jackson", "Apache Log4j API");
            assertThat(licence).contains("Apache License", "Java Native Access");
            assertThat(jar.getEntry("module-info.class")).isNull();
        }
    }

    @Test
    void leavesTheModulesOwnJarSmallAndUnshaded() throws IOException {
        List<Path> jars;
        try (var files = Files.list(TARGET)) {
            jars = files.filter(f -> f.getFileName().toString().matches("(original-)?grouping-cli-.*\\.jar"))
                    .toList();
        }

        assertThat(jars).hasSize(1);
        assertThat(jars.get(0).getFileName().toString()).doesNotStartWith("original-");
        try (var jar = new ZipFile(jars.get(0).toFile())) {
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNull();
        }
    }

    private static String text(ZipFile jar, String entry) throws IOException {
        try (var in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
