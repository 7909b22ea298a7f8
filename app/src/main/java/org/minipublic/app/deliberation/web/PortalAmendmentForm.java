package org.minipublic.app.deliberation.web;

import org.minipublic.app.deliberation.Draft;

/** A member's amendment, as typed on the portal: the whole recommendation as they would have it, and why. */
public class PortalAmendmentForm {

    private String wording = "";
    private String why = "";

    /** Starts from the draft's current recommendation, to be changed where the member wants it changed. */
    static PortalAmendmentForm of(Draft draft) {
        var form = new PortalAmendmentForm();
        form.wording = draft.current().text().body();
        return form;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
