package org.minipublic.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every Spring context started by a test at its own fresh database and data directory. Registered in
 * {@code META-INF/spring.factories} of the test resources, so no test has to remember it.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String TWO_FACTOR_REQUIRED = "minipublic.security.two-factor.required";
    private static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";

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
        withoutTwoFactorUnlessAsked(environment);
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        try {
            var dataDir = Files.createTempDirectory("minipublic-test-");
            var properties = new HashMap<String, Object>(TestDatabase.connectionProperties(TestDatabase.newDatabase()));
            properties.put("spring.datasource.hikari.connection-timeout", "5000");
            // Five connections per context, so that the contexts a test run keeps open fit the server, unless a test
            // asks for its own (the load benchmark uses production's ten).
            if (!inlined(environment, POOL_SIZE)) {
                properties.put(POOL_SIZE, "5");
            }
            properties.put("minipublic.data-dir", dataDir.toString());
            environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tests log in with a password alone, as they did before two-factor sign-in existed, unless a test asks for it
     * in its own properties ({@code @SpringBootTest(properties = "minipublic.security.two-factor.required=true")}).
     */
    private static void withoutTwoFactorUnlessAsked(ConfigurableEnvironment environment) {
        if (!inlined(environment, TWO_FACTOR_REQUIRED)) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("testWithoutTwoFactor", Map.of(TWO_FACTOR_REQUIRED, "false")));
        }
    }

    /** Whether the test class sets this property itself ({@code @SpringBootTest(properties = ...)}). */
    private static boolean inlined(ConfigurableEnvironment environment, String property) {
        var inlined =
                environment.getPropertySources().get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
        return inlined != null && inlined.containsProperty(property);
    }
}
