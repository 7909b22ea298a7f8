package org.minipublic.app.programme;

/**
 * A speaker as stored.
 *
 * @param version goes into the edit form, to catch concurrent edits
 */
public record Speaker(SpeakerId id, SpeakerDetails details, int version) {

    public String name() {
        return details.name();
    }

    @Override
    public String toString() {
        return "Speaker[" + id + "]";
    }
}
