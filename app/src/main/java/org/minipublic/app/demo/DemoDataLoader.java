package org.minipublic.app.demo;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.NewAccount;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo assembly and users once, then prints where to go and how to log in. */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private final Accounts accounts;
    private final Identity identity;
    private final Assemblies assemblies;
    private final DemoRecruitment recruitment;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    DemoDataLoader(
            Accounts accounts,
            Identity identity,
            Assemblies assemblies,
            DemoRecruitment recruitment,
            TransactionTemplate transaction,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.identity = identity;
        this.assemblies = assemblies;
        this.recruitment = recruitment;
        this.transaction = transaction;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
        System.out.println(banner());
    }

    /** All or nothing: a half-loaded demo would be skipped on the next start and stay half-loaded. */
    void load() {
        var system = Actor.system();
        AssemblyId assembly = assemblies
                .findByTitle(DemoAssembly.TITLE)
                .orElseGet(() -> assemblies.create(system, DemoAssembly.details()));
        for (var user : DemoUsers.ALL) {
            if (accounts.findByEmail(system, user.email()).isPresent()) {
                continue;
            }
            UserId id = accounts.create(
                    system, new NewAccount(user.email(), user.name(), DemoUsers.PASSWORD, user.platformAdmin()));
            if (user.role() != null) {
                identity.grantRole(system, assembly, id, user.role());
            }
        }
        loadRecruitment(assembly);
    }

    /** The organiser imported the address list, drew a round and opened registration; residents registered. */
    private void loadRecruitment(AssemblyId assembly) {
        var organiser = DemoUsers.ALL.stream()
                .filter(user -> user.role() == AssemblyRole.ORGANISER)
                .findFirst()
                .orElseThrow();
        recruitment.load(
                assembly,
                Actor.user(
                        accounts.findByEmail(Actor.system(), organiser.email()).orElseThrow(), organiser.name()));
    }

    private String banner() {
        var text = new StringBuilder("\n  Minipublic is running at ")
                .append(baseUrl)
                .append("\n  DEMO MODE: synthetic data only. Log in with any of these (password: ")
                .append(DemoUsers.PASSWORD)
                .append(")\n");
        for (var user : DemoUsers.ALL) {
            text.append(String.format(
                    "    %-34s %s%n",
                    user.email(),
                    user.platformAdmin()
                            ? "platform administrator"
                            : user.role().name().toLowerCase().replace('_', ' ')));
        }
        return text.toString();
    }
}
