package org.minipublic.app.followup;

import java.time.Instant;
import java.util.UUID;

/** One resident's request for a place at an event; it holds a place once confirmed. */
public record SignUp(
        UUID id,
        EventId event,
        String name,
        String email,
        String accessNeeds,
        String language,
        String token,
        boolean confirmed,
        Instant createdAt) {

    @Override
    public String toString() {
        return "SignUp[" + id + "]"; // the name, address and needs are personal data and the token a key
    }
}
