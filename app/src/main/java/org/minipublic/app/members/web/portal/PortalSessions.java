package org.minipublic.app.members.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.members.PortalVisitor;
import org.springframework.stereotype.Component;

/**
 * Keeps the member signed in to the portal in the HTTP session, beside (not instead of) any staff login in the same
 * browser, for the pages of every module that serve the portal. Every request checks again that the card still works,
 * so a replaced card or a withdrawal ends the session at once.
 */
@Component
public class PortalSessions {

    private static final String ATTRIBUTE = PortalSessions.class.getName() + ".member";
    static final int IDLE_SECONDS = 30 * 60;

    private final PortalCards cards;

    PortalSessions(PortalCards cards) {
        this.cards = cards;
    }

    /** The member signed in to the portal in this request's session, if their card still works. */
    public Optional<PortalVisitor> visitor(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PortalMember member)) {
            return Optional.empty();
        }
        var visitor = cards.visitor(member);
        if (visitor.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        }
        return visitor;
    }

    /** Remembers the member under a new session id, so that an id planted before sign-in is worth nothing after. */
    public void signIn(HttpServletRequest request, PortalMember member) {
        request.getSession(true);
        request.changeSessionId();
        var session = request.getSession();
        session.setAttribute(ATTRIBUTE, member);
        // Members often use a shared phone or a venue tablet: half an hour without a click ends the session.
        session.setMaxInactiveInterval(IDLE_SECONDS);
    }

    public void signOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
