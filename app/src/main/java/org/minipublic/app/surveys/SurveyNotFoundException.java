package org.minipublic.app.surveys;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly has no survey (or question, or upload) with this id, or no survey has this link. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SurveyNotFoundException extends RuntimeException {

    public SurveyNotFoundException(Object id) {
        super("Not found: " + id);
    }
}
