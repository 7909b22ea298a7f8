package org.minipublic.app.recruitment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No respondent of this assembly has this id (it may belong to another assembly); pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RespondentNotFoundException extends RuntimeException {

    public RespondentNotFoundException(RespondentId id) {
        super("no respondent " + id + " in this assembly");
    }
}
