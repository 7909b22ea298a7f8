package org.minipublic.app.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no speaker with this id; pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SpeakerNotFoundException extends RuntimeException {

    public SpeakerNotFoundException(SpeakerId id) {
        super("no speaker " + id + " in this assembly");
    }
}
