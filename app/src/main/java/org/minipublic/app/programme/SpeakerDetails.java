package org.minipublic.app.programme;

import java.util.Objects;

/**
 * What an organiser writes about a speaker.
 *
 * @param consentToPublish whether the speaker agreed to their name, organisation and biography being published
 */
public record SpeakerDetails(
        String name, String organisation, Perspective perspective, String bio, boolean consentToPublish) {

    public SpeakerDetails {
        name = name.strip();
        organisation = organisation.strip();
        bio = bio.strip();
        Objects.requireNonNull(perspective, "perspective");
    }
}
