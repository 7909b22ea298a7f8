package org.minipublic.app.evidence;

import java.time.Instant;

/** A comment by someone on the team, with the author's current display name. */
public record MaterialComment(String author, String body, Instant at) {}
