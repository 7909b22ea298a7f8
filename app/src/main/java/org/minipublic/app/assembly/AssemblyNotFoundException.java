package org.minipublic.app.assembly;

import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No assembly has this id; pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssemblyNotFoundException extends RuntimeException {

    public AssemblyNotFoundException(AssemblyId id) {
        super("no assembly " + id);
    }
}
