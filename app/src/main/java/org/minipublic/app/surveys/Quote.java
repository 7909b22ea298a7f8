package org.minipublic.app.surveys;

import java.time.Instant;
import java.util.UUID;

/** An answer picked for the report, in the words the organiser kept once names and contact details were removed. */
public record Quote(UUID id, QuestionId question, UUID response, String text, Instant pickedAt) {}
