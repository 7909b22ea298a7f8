package org.minipublic.app.selection.web;

import org.jspecify.annotations.Nullable;

/** How many alternates to choose at most, as typed (kept as typed, so that a refused number is shown back). */
public class AlternatesForm {

    /** A handful is the practice. */
    private String budget = "6";

    public String getBudget() {
        return budget;
    }

    public void setBudget(@Nullable String budget) {
        this.budget = budget == null ? "" : budget;
    }
}
