/**
 * The member portal's sessions ({@link org.minipublic.app.members.web.portal.PortalSessions}), for the portal pages
 * that other modules serve under {@code /portal}: each checks the member's card the same way.
 */
@NamedInterface("portal")
@NullMarked
package org.minipublic.app.members.web.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
