package org.minipublic.app.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.AssemblyRole;

/** The demo accounts: one per role, all with the same published demo password. */
final class DemoUsers {

    /** Published on purpose: demo data is synthetic and demo mode says so loudly at start-up. */
    static final String PASSWORD = "demo-assembly-2024";

    record DemoUser(String email, String name, @Nullable AssemblyRole role, boolean platformAdmin) {}

    static final List<DemoUser> ALL = List.of(
            new DemoUser("admin@demo.minipublic.org", "Ada Adeyemi", null, true),
            new DemoUser("organiser@demo.minipublic.org", "Olivia Okafor", AssemblyRole.ORGANISER, false),
            new DemoUser("facilitator@demo.minipublic.org", "Farid Hussain", AssemblyRole.FACILITATOR, false),
            new DemoUser("advisory@demo.minipublic.org", "Agnieszka Nowak", AssemblyRole.ADVISORY_BOARD, false),
            new DemoUser("officer@demo.minipublic.org", "Owen Price", AssemblyRole.INSTITUTION_OFFICER, false),
            new DemoUser("member@demo.minipublic.org", "Maryam Siddiqui", AssemblyRole.MEMBER, false),
            new DemoUser("recruiter@demo.minipublic.org", "Rhys Jenkins", AssemblyRole.RECRUITER, false));

    private DemoUsers() {}
}
