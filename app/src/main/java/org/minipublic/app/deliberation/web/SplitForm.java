package org.minipublic.app.deliberation.web;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftText;

/** The parts a draft is split into, each a title, a recommendation and why; each starts as a copy of the draft. */
public class SplitForm {

    private List<Part> parts = new ArrayList<>();

    static SplitForm of(Draft draft, int count) {
        var form = new SplitForm();
        var text = draft.current().text();
        for (int i = 0; i < count; i++) {
            var part = new Part();
            part.setTitle(text.title());
            part.setBody(text.body());
            part.setRationale(text.rationale());
            form.parts.add(part);
        }
        return form;
    }

    List<DraftText> texts() {
        return parts.stream()
                .map(p -> new DraftText(p.getTitle(), p.getBody(), p.getRationale()))
                .toList();
    }

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }

    /** One part as typed. */
    public static class Part {

        private String title = "";
        private String body = "";
        private String rationale = "";

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
}
