package org.minipublic.app.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no such material (or no such version of it); pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MaterialNotFoundException extends RuntimeException {

    public MaterialNotFoundException(MaterialId id) {
        super("no material " + id + " in this assembly");
    }
}
