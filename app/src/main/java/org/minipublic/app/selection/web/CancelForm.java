package org.minipublic.app.selection.web;

import org.jspecify.annotations.Nullable;

/** Why a ceremony is called off, as its public page will show it. */
public class CancelForm {

    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
