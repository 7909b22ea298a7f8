package org.minipublic.app.accountability;

import java.time.Instant;
import java.util.UUID;

/**
 * A dated report of progress on an action, with the status it left the action in.
 *
 * @param evidenceUrl a link to the evidence (minutes, a published report), or empty
 */
public record ProgressUpdate(
        UUID id,
        ActionId action,
        String actionTitle,
        String body,
        String evidenceUrl,
        ActionStatus status,
        Instant postedAt) {}
