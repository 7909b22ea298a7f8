package org.minipublic.app.notifications;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record Mail(String recipient, String subject, String body) {

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "Mail[subject=" + subject + "]"; // the address is personal data: keep it out of logs
    }
}
