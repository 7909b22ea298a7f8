package org.minipublic.app.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no session with this id (it may belong to another assembly, or was removed); pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException(SessionId id) {
        super("no session " + id + " in this assembly");
    }
}
