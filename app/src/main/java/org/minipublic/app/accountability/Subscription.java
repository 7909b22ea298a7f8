package org.minipublic.app.accountability;

import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;

/** One resident's request for an assembly's progress updates by e-mail. */
public record Subscription(
        UUID id, AssemblyId assembly, String email, String language, String token, boolean confirmed) {

    @Override
    public String toString() {
        return "Subscription[" + id + "]"; // the address is personal data and the token a key
    }
}
