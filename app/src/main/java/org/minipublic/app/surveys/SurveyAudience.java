package org.minipublic.app.surveys;

/** Who a survey asks. */
public enum SurveyAudience {
    /** Anyone with its link, without logging in. */
    PUBLIC,
    /** The assembly's members, from their member page, each once. */
    MEMBERS
}
