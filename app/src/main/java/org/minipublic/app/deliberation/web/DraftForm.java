package org.minipublic.app.deliberation.web;

import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftText;

/** A draft's theme, table and text as typed, and, for a change, why it was made. */
public class DraftForm {

    private String theme = "";
    private String table = "";
    private String title = "";
    private String body = "";
    private String rationale = "";
    private String reason = "";
    private int version;

    static DraftForm of(Draft draft) {
        var form = new DraftForm();
        form.theme = draft.theme().toString();
        form.table = draft.tableLabel();
        form.title = draft.current().text().title();
        form.body = draft.current().text().body();
        form.rationale = draft.current().text().rationale();
        form.version = draft.version();
        return form;
    }

    DraftText text() {
        return new DraftText(title, body, rationale);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
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

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
