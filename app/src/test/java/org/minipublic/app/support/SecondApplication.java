package org.minipublic.app.support;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.MinipublicApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts another whole application, as a second start or a second node would, on a database a test already uses. */
public final class SecondApplication {

    private SecondApplication() {}

    public static ConfigurableApplicationContext start(String databaseUrl, String... arguments) throws Exception {
        var all = new ArrayList<String>(
                List.of("--server.port=0", "--minipublic.data-dir=" + Files.createTempDirectory("minipublic-second-")));
        TestDatabase.connectionProperties(databaseUrl).forEach((key, value) -> all.add("--" + key + "=" + value));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(MinipublicApplication.class).run(all.toArray(String[]::new));
    }
}
