package org.minipublic.app.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No open invitation with this id is addressed to the user asking. Pages answer 404 whether the invitation does not
 * exist or belongs to someone else, so that nobody learns about other people's invitations.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InvitationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvitationNotFoundException(InvitationId id) {
        super("no open invitation " + id + " for this user");
    }
}
