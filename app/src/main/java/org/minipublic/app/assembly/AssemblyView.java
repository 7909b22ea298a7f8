package org.minipublic.app.assembly;

import java.time.Instant;
import org.minipublic.app.shared.AssemblyId;

/** An assembly as pages show it. {@code version} goes into edit forms to catch concurrent edits. */
public record AssemblyView(
        AssemblyId id,
        AssemblyDetails details,
        AssemblyStatus status,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public String title() {
        return details.title();
    }
}
