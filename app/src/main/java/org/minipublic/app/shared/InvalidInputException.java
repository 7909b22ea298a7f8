package org.minipublic.app.shared;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Input that breaks a rule only the domain can check (a title already taken, a password too short). It names the
 * form field and a message key, so a controller can show the message next to the field. One that no controller catches
 * answers 400 Bad Request: the request was wrong, not the server.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = Objects.requireNonNull(field);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * Shows this problem at the top of the page a redirect leads to, with its arguments (a limit, a count), which the
     * layout fills into the message.
     */
    public void flashOn(RedirectAttributes flash) {
        flash.addFlashAttribute("problem", messageKey);
        if (arguments.length > 0) {
            flash.addFlashAttribute("problemArgs", arguments.clone());
        }
    }

    /** Shows this problem next to its field in a form. */
    public void rejectOn(Errors errors) {
        errors.rejectValue(field, messageKey, arguments, messageKey);
    }
}
