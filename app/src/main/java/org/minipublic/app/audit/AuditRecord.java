package org.minipublic.app.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;

/**
 * One action to record. Summaries name ids and settings, never personal data such as e-mail addresses.
 *
 * @param action a dotted code such as {@code assembly.created}; the UI translates it via {@code audit.action.<code>}
 * @param subject what the action was about, for example {@code Assembly "Policing"} or, for a user,
 *     {@link #userSubject(UserId)}
 */
public record AuditRecord(
        Actor actor,
        @Nullable AssemblyId assemblyId,
        String action,
        String subject,
        @Nullable String before,
        @Nullable String after) {

    static final String USER_SUBJECT_PREFIX = "user ";

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        if (!action.matches("[a-z]+(\\.[a-z-]+)+")) {
            throw new IllegalArgumentException("audit action must be a dotted lower-case code: " + action);
        }
    }

    /** The subject of an action about a user: their id, which pages turn into the user's name. */
    public static String userSubject(UserId user) {
        return USER_SUBJECT_PREFIX + user;
    }

    public static AuditRecord of(Actor actor, @Nullable AssemblyId assemblyId, String action, String subject) {
        return new AuditRecord(actor, assemblyId, action, subject, null, null);
    }

    public AuditRecord withChange(@Nullable String before, @Nullable String after) {
        return new AuditRecord(actor, assemblyId, action, subject, before, after);
    }
}
