package org.minipublic.app.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invitation to join an assembly's team. */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "invitation id must not be null");
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    public static InvitationId valueOf(String text) {
        return new InvitationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
