package org.minipublic.app.surveys;

/** What a survey was made from. Surveys from the same template share question keys, so they can be compared. */
public enum SurveyTemplate {
    /** The members' feedback after a weekend. */
    FEEDBACK,
    /** Residents' views before the assembly. */
    ENGAGEMENT,
    BLANK
}
