package org.minipublic.app.voting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no such ballot, or the ballot no such item or batch. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BallotNotFoundException extends RuntimeException {

    public BallotNotFoundException(Object id) {
        super("no ballot or ballot part " + id + " in this assembly");
    }
}
