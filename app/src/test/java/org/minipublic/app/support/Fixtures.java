package org.minipublic.app.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.NewAccount;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creates users and assemblies through the real module APIs, with unique names so tests never collide. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";

    private final Accounts accounts;
    private final Identity identity;
    private final Assemblies assemblies;
    private final UserDetailsService users;

    Fixtures(Accounts accounts, Identity identity, Assemblies assemblies, UserDetailsService users) {
        this.accounts = accounts;
        this.identity = identity;
        this.assemblies = assemblies;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public TestUser user(String name) {
        return account(name, false);
    }

    public TestUser admin(String name) {
        return account(name, true);
    }

    public TestUser userWithRole(String name, AssemblyId assembly, AssemblyRole role) {
        var user = user(name);
        identity.grantRole(Actor.system(), assembly, user.id(), role);
        return user;
    }

    /**
     * An assembly organised by the given user. The platform creates it and appoints them, as when an administrator
     * sets up an assembly for an organiser, so the user need not hold the right to create assemblies.
     */
    public AssemblyId assembly(TestUser organiser, String title) {
        var id = assemblies.create(Actor.system(), details(title));
        identity.grantRole(Actor.system(), id, organiser.id(), AssemblyRole.ORGANISER);
        return id;
    }

    /** A user who organises an assembly of their own, and so may create more. */
    public TestUser organiser(String name) {
        var organiser = user(name);
        assembly(organiser, unique(name + "'s assembly"));
        return organiser;
    }

    public static AssemblyDetails details(String title) {
        return new AssemblyDetails(
                title,
                "How can the police build trust with all communities?",
                "",
                List.of("Borough Council"),
                List.of("Delivery Partner"),
                List.of("Recruitment Partner"),
                List.of(new AssemblyDay(
                        1, LocalDate.of(2027, 2, 20), LocalTime.of(10, 0), LocalTime.of(16, 0), "Town Hall", "")));
    }

    private TestUser account(String name, boolean admin) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@test.minipublic.org";
        UserId id = accounts.create(Actor.system(), new NewAccount(email, name, PASSWORD, admin));
        return new TestUser(id, email, name, (MinipublicUser) users.loadUserByUsername(email));
    }

    public record TestUser(UserId id, String email, String name, MinipublicUser principal) {
        public Actor actor() {
            return Actor.user(id, name);
        }
    }
}
