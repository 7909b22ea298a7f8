package org.minipublic.app.recruitment.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.LetterText;

/** The letter text form; checks live in {@link LetterText}. */
public class LetterForm {

    private String language = "en";
    private String sender = "";
    private String contact = "";
    private String body = "";
    private String signature = "";

    static LetterForm of(LetterText text) {
        var form = new LetterForm();
        form.language = text.language();
        form.sender = text.sender();
        form.contact = text.contact();
        form.body = text.body();
        form.signature = text.signature();
        return form;
    }

    LetterText toText() {
        return new LetterText(language, sender, contact, body, signature);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(@Nullable String sender) {
        this.sender = sender == null ? "" : sender;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = contact == null ? "" : contact;
    }

    public String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body == null ? "" : body;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(@Nullable String signature) {
        this.signature = signature == null ? "" : signature;
    }
}
