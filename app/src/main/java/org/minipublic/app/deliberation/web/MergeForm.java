package org.minipublic.app.deliberation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftText;

/** The drafts to merge and the merged draft's theme, table and text, which start as theirs joined. */
public class MergeForm {

    private List<String> drafts = new ArrayList<>();
    private String theme = "";
    private String table = "";
    private String title = "";
    private String body = "";
    private String rationale = "";

    /** The form for merging these drafts, its text their texts joined for the organiser to rewrite. */
    static MergeForm of(List<Draft> sources) {
        var form = new MergeForm();
        form.drafts = sources.stream().map(d -> d.id().toString()).toList();
        form.theme = sources.get(0).theme().toString();
        form.table = sources.stream()
                .map(Draft::tableLabel)
                .filter(t -> !t.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        form.title = join(sources, t -> t.title(), " / ");
        form.body = join(sources, t -> t.body(), "\n\n");
        form.rationale = join(sources, t -> t.rationale(), "\n\n");
        return form;
    }

    private static String join(List<Draft> sources, java.util.function.Function<DraftText, String> part, String by) {
        return sources.stream()
                .map(d -> part.apply(d.current().text()))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(by));
    }

    /** The drafts named, leaving out anything that is not a draft's id. */
    List<DraftId> ids() {
        var ids = new ArrayList<DraftId>();
        for (var id : drafts) {
            try {
                ids.add(DraftId.valueOf(id));
            } catch (IllegalArgumentException e) {
                // not an id: it cannot name a draft, so it is left out
            }
        }
        return ids;
    }

    DraftText text() {
        return new DraftText(title, body, rationale);
    }

    public List<String> getDrafts() {
        return drafts;
    }

    public void setDrafts(List<String> drafts) {
        this.drafts = drafts;
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
}
