package org.minipublic.app.deliberation;

import java.time.Instant;

/**
 * One version of a draft, as written.
 *
 * @param number from 1, the first text
 * @param reason why it was changed (empty for the first)
 * @param writtenBy the name of who wrote it, as it was then
 */
public record DraftVersion(int number, DraftText text, String reason, String writtenBy, Instant writtenAt) {}
