package org.minipublic.app.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session a user has open, on every node (sessions live in the database). Used when a password changes,
 * so that someone who knew the old one is logged out too.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endAll(String email) {
        var repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
        }
    }
}
