package org.minipublic.app.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no recommendation, action or milestone with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecommendationNotFoundException extends RuntimeException {

    public RecommendationNotFoundException(Object id) {
        super("Not found: " + id);
    }
}
