package org.minipublic.app.deliberation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no such draft, theme or version. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException(Object id) {
        super("no draft, theme or version " + id + " in this assembly");
    }
}
