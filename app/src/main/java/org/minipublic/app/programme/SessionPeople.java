package org.minipublic.app.programme;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;

/**
 * Who a session has besides the members: its speakers and the team member who leads it.
 *
 * @param lead an organiser or facilitator of the assembly, or null
 */
public record SessionPeople(Set<SpeakerId> speakers, @Nullable UserId lead) {

    public SessionPeople {
        speakers = Set.copyOf(speakers);
    }

    public static SessionPeople none() {
        return new SessionPeople(Set.of(), null);
    }
}
