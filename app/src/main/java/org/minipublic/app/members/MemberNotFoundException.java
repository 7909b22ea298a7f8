package org.minipublic.app.members;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No member of this assembly has this id (it may belong to another assembly); pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException(MemberId id) {
        super("no member " + id + " in this assembly");
    }
}
