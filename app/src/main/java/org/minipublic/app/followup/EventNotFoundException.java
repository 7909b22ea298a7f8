package org.minipublic.app.followup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such event for this assembly, or (on the public site) none published. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(Object id) {
        super("Not found: " + id);
    }
}
