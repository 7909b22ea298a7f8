package org.minipublic.app.programme;

import java.util.List;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.shared.UserId;

/**
 * One person on the roles and responsibilities page: their role, what they are responsible for, and the sessions they
 * lead.
 *
 * @param duties in the organiser's words; empty when none are written
 */
public record TeamDuty(UserId user, String name, AssemblyRole role, String duties, List<ProgrammeSession> leads) {

    public TeamDuty {
        leads = List.copyOf(leads);
    }
}
