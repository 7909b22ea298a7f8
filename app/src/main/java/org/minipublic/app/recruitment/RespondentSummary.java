package org.minipublic.app.recruitment;

import java.time.Instant;

/** A respondent as the pool list shows them to the organising team. */
public record RespondentSummary(
        RespondentId id,
        String name,
        String area,
        String contact,
        Instant registeredAt,
        boolean byPhone,
        boolean withdrawn,
        boolean imported) {}
