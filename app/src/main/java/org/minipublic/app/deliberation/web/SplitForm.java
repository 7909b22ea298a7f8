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
        for (int i = 0; i < count; i++) {
            form.parts.add(Part.of(draft));
        }
        return form;
    }

    /** This form with one more part, a copy of the draft, unless it has {@code most} parts already. */
    SplitForm withAnotherPart(Draft draft, int most) {
        if (parts.size() < most) {
            parts.add(Part.of(draft));
        }
        return this;
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

        static Part of(Draft draft) {
            var text = draft.current().text();
            var part = new Part();
            part.title = text.title();
            part.body = text.body();
            part.rationale = text.rationale();
            return part;
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
}
