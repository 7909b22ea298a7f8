package org.minipublic.app.surveys;

/** What a question asks for, which decides how it is shown, checked, stored and counted. */
public enum QuestionKind {
    /** A point from 1 to 5, each with a label (from "strongly disagree" to "strongly agree"). */
    SCALE,
    /** One option of a list. */
    SINGLE,
    /** Any number of options of a list. */
    MULTIPLE,
    /** Words, up to 4,000 characters. */
    TEXT,
    NUMBER,
    DATE;

    /** Whether answers are options (or scale points) that can be counted and charted. */
    public boolean hasChoices() {
        return this == SCALE || this == SINGLE || this == MULTIPLE;
    }

    /** Whether a mean makes sense. */
    public boolean hasMean() {
        return this == SCALE || this == NUMBER;
    }
}
