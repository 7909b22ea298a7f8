package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.SecondApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;

/** Demo mode refuses a database with real accounts: it would add an administrator whose password is published. */
@IntegrationTest
class DemoModeIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void refusesToStartTheDemoOnADatabaseWithRealAccounts() {
        fixtures.user("Real Person");

        assertThatThrownBy(() -> SecondApplication.start(databaseUrl, "--spring.profiles.active=demo")
                        .close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(DemoModeMismatchException.class)
                        .hasMessageContaining("started with --demo")
                        .hasMessageContaining("holds real accounts"));
        assertThat(DemoUsers.ALL).allSatisfy(user -> assertThat(accounts.findByEmail(Actor.system(), user.email()))
                .isEmpty());
    }
}
