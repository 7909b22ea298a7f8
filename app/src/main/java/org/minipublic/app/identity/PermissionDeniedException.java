package org.minipublic.app.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * The actor does not hold the permission an operation needs. It is Spring Security's {@link AccessDeniedException},
 * so a page answers 403 (or sends an anonymous visitor to the login page) wherever the check happens: in the
 * per-request access check or in a module facade.
 */
public class PermissionDeniedException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(Permission permission) {
        super("permission " + permission + " is required");
    }

    public PermissionDeniedException(String reason) {
        super(reason);
    }
}
