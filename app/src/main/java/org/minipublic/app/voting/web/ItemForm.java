package org.minipublic.app.voting.web;

import org.minipublic.app.voting.BallotItem;
import org.minipublic.app.voting.ItemText;

/** An item's title and text as typed. */
public class ItemForm {

    private String title = "";
    private String body = "";

    static ItemForm of(BallotItem item) {
        var form = new ItemForm();
        form.title = item.title();
        form.body = item.body();
        return form;
    }

    ItemText toText() {
        return new ItemText(title, body);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
