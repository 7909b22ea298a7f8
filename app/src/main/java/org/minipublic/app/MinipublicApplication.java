package org.minipublic.app;

import java.util.Arrays;
import org.minipublic.app.infrastructure.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Minipublic: software for running a citizens' assembly, as one modular application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(
        systemName = "Minipublic",
        sharedModules = {"shared", "infrastructure"})
public class MinipublicApplication {

    /**
     * Starts the application; {@code --demo} loads the demo assembly and prints the demo logins, keeping its data in a
     * directory of its own and answering this machine only ({@code application-demo.properties}). {@code backup FILE}
     * and {@code restore FILE} run the database commands instead ({@link DatabaseCommand}).
     */
    public static void main(String[] args) {
        if (DatabaseCommand.isCommand(args)) {
            System.exit(DatabaseCommand.run(args));
        }
        application(args).run(args);
    }

    static SpringApplication application(String... args) {
        var application = new SpringApplication(MinipublicApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        return application;
    }
}
