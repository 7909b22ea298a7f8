package org.minipublic.app.surveys;

/** A survey is written while a draft, answered while open, and only read once closed. */
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
