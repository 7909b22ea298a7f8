package org.minipublic.app.messaging.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.messaging.Audience;
import org.minipublic.app.messaging.Draft;
import org.minipublic.app.messaging.MailingText;
import org.minipublic.app.shared.Languages;

/**
 * A mailing as typed: the audience and a subject and body per interface language. English is required; an empty
 * language is left out (its readers get English). Public so that the binder can reach its rows.
 */
public class MailingForm {

    private String audience = Audience.REGISTERED.name();
    private List<Text> texts = new ArrayList<>();

    /** One language's subject and body. */
    public static class Text {
        private String language = "";
        private String subject = "";
        private String body = "";

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** An empty form with a row per interface language, English first. */
    static MailingForm blank() {
        var form = new MailingForm();
        for (Locale language : Languages.SUPPORTED) {
            var text = new Text();
            text.setLanguage(language.getLanguage());
            form.texts.add(text);
        }
        return form;
    }

    Draft toDraft() {
        var parsed = new LinkedHashMap<String, MailingText>();
        for (var text : texts) {
            boolean supported =
                    Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(text.getLanguage()));
            if (supported && (!text.getSubject().isBlank() || !text.getBody().isBlank())) {
                parsed.put(text.getLanguage(), new MailingText(text.getSubject(), text.getBody()));
            }
        }
        return new Draft(audience(), parsed);
    }

    private Audience audience() {
        try {
            return Audience.valueOf(audience);
        } catch (IllegalArgumentException e) {
            throw new org.minipublic.app.shared.InvalidInputException("audience", "messaging.audience.unknown");
        }
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<Text> getTexts() {
        return texts;
    }

    public void setTexts(List<Text> texts) {
        this.texts = texts;
    }
}
