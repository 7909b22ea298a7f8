package org.minipublic.app.members;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The assembly does not meet on this date, so nobody can be checked in for it; pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotAnAssemblyDayException extends RuntimeException {

    public NotAnAssemblyDayException(LocalDate date) {
        super("the assembly does not meet on " + date);
    }
}
