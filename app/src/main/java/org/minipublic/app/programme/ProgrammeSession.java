package org.minipublic.app.programme;

/**
 * A session as stored.
 *
 * @param weekend the weekend of its day, from 1
 * @param version goes into the edit form, to catch concurrent edits
 */
public record ProgrammeSession(SessionId id, int weekend, SessionDetails details, int version) {

    public String title() {
        return details.title();
    }
}
