package org.minipublic.app.surveys;

/** A scale question's points: 1 to 5, as the issue and most feedback forms use. */
final class Scale {

    static final int POINTS = 5;

    private Scale() {}
}
