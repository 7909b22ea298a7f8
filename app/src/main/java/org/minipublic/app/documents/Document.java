package org.minipublic.app.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A requested document as its page shows it.
 *
 * @param kind what it is, as its writer names it ({@link DocumentWriter#kind()})
 * @param subject what of the assembly it is about (a round's id), as its writer reads it
 * @param attempts how often a node has started making it (a node stopping mid-way makes another attempt)
 * @param problem the message key of why the last attempt failed; empty when none did
 * @param size the file's bytes once it is ready
 */
public record Document(
        DocumentId id,
        AssemblyId assembly,
        String kind,
        String subject,
        String fileName,
        String mediaType,
        DocumentStatus status,
        int attempts,
        String problem,
        long size,
        Instant requestedAt,
        @Nullable Instant finishedAt) {}
