package org.minipublic.app.surveys;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A survey as the list of an assembly's surveys shows it. */
public record SurveySummary(
        SurveyId id,
        String title,
        SurveyTemplate template,
        SurveyStatus status,
        @Nullable Instant closesAt,
        @Nullable Integer expected,
        int questions,
        int responses,
        Instant createdAt) {}
