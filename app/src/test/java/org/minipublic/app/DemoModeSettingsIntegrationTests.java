package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code --demo} keeps the demo's data (whose accounts share a published password) apart from real data and answers
 * this machine only, unless the command line says otherwise; without it, nothing changes.
 */
class DemoModeSettingsIntegrationTests {

    @Test
    void demoModeHasADataDirectoryOfItsOwnAndAnswersThisMachineOnly() {
        var environment = environment("--demo");
        assertThat(environment.getProperty("minipublic.data-dir")).isEqualTo("minipublic-demo-data");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutDemoTheDataDirectoryAndAddressAreUnchanged() {
        var environment = environment();
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
        assertThat(environment.getProperty("minipublic.data-dir")).isEqualTo("minipublic-data");
        assertThat(environment.getProperty("server.address")).isNull();
    }

    @Test
    void theCommandLineStillDecidesInDemoMode() {
        var environment = environment("--demo", "--minipublic.data-dir=/srv/demo", "--server.address=0.0.0.0");
        assertThat(environment.getProperty("minipublic.data-dir")).isEqualTo("/srv/demo");
        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    /** A data directory holds the database and its passwords: git must not offer to commit either one. */
    @Test
    void bothDataDirectoriesAreIgnoredByGit() throws IOException {
        var ignored = Files.readAllLines(Path.of("../.gitignore"));
        assertThat(ignored)
                .contains(
                        environment().getProperty("minipublic.data-dir") + "/",
                        environment("--demo").getProperty("minipublic.data-dir") + "/");
    }

    /** The settings the application's main method would start with, read by an application without beans. */
    private static Environment environment(String... args) {
        var profiles = new ArrayList<>(MinipublicApplication.application(args).getAdditionalProfiles());
        var application = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .profiles(profiles.toArray(String[]::new))
                .build();
        application.setInitializers(List.of()); // no test database for an application without beans
        try (var context = application.run(args)) {
            return context.getEnvironment();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}
}
