package org.minipublic.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started by a test at its own fresh database and data directory. Registered in
 * {@code META-INF/spring.factories} of the test resources, so no test has to remember it.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        TestDatabase.inUse();
        var released = new AtomicBoolean();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            // A context that fails to start is not closed but reported as failed (tests that expect a refusal).
            boolean ended = (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context)
                    || (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() == context);
            if (ended && released.compareAndSet(false, true)) {
                TestDatabase.released();
            }
        });
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        try {
            var dataDir = Files.createTempDirectory("minipublic-test-");
            var properties = new HashMap<String, Object>(TestDatabase.connectionProperties(TestDatabase.newDatabase()));
            properties.put("spring.datasource.hikari.connection-timeout", "5000");
            properties.put("spring.datasource.hikari.maximum-pool-size", "5");
            properties.put("minipublic.data-dir", dataDir.toString());
            environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
