package org.minipublic.app.demo;

import java.nio.file.Path;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.shared.Actor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo data and real use never share a database: the demo accounts' password is published, the administrator's
 * included. Checked once every bean exists and before the web server opens its port, in and out of demo mode.
 */
@Component
class DemoDataGuard implements SmartInitializingSingleton {

    private final Accounts accounts;
    private final Environment environment;

    DemoDataGuard(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean demoAccounts = DemoUsers.ALL.stream()
                .anyMatch(user ->
                        accounts.findByEmail(Actor.system(), user.email()).isPresent());
        if (environment.matchesProfiles("demo")) {
            if (!demoAccounts && accounts.count(Actor.system()) > 0) {
                throw DemoModeMismatchException.realDataInDemoMode(where());
            }
        } else if (demoAccounts) {
            throw DemoModeMismatchException.demoDataInRealUse(where());
        }
    }

    private String where() {
        String url = environment.getProperty("spring.datasource.url", "");
        return url.isEmpty()
                ? "the data directory "
                        + Path.of(environment.getProperty("minipublic.data-dir", "minipublic-data"))
                                .toAbsolutePath()
                : "the database at spring.datasource.url";
    }
}
