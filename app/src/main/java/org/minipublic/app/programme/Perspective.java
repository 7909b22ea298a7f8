package org.minipublic.app.programme;

/** From where a speaker speaks; the balance of perspectives is what an advisory board checks. */
public enum Perspective {
    /** Research or professional expertise. */
    EXPERT,
    /** Someone the question touches in their own life. */
    LIVED_EXPERIENCE,
    /** A campaign, charity or community group arguing a position. */
    ADVOCACY,
    /** The commissioning body or another public institution. */
    INSTITUTION
}
