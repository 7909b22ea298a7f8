package org.minipublic.app.deliberation.web;

/** A member's comment on a draft, as typed on the portal. */
public class PortalCommentForm {

    private String comment = "";

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
