package org.minipublic.app.voting;

import java.time.Instant;
import java.util.UUID;

/** A minority statement: what members who disagree with an item's outcome want said beside it. */
public record Statement(UUID id, ItemId item, String body, Instant addedAt) {}
