package org.minipublic.app.programme;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;

/**
 * A session as stored.
 *
 * @param weekend the weekend of its day, from 1
 * @param lead the team member who leads it, if one is named
 * @param version goes into the edit form, to catch concurrent edits
 */
public record ProgrammeSession(SessionId id, int weekend, SessionDetails details, @Nullable UserId lead, int version) {

    public String title() {
        return details.title();
    }
}
