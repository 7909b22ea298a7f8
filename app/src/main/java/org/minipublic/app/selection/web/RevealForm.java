package org.minipublic.app.selection.web;

import org.jspecify.annotations.Nullable;

/** The digits drawn in public, as announced. */
public class RevealForm {

    private String digits = "";

    public String getDigits() {
        return digits;
    }

    public void setDigits(@Nullable String digits) {
        this.digits = digits == null ? "" : digits;
    }
}
