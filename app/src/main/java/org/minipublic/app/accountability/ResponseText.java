package org.minipublic.app.accountability;

import java.time.LocalDate;

/** A response as an officer writes it. */
public record ResponseText(
        ResponseStatus status, String reasoning, String responsibleBody, String officer, LocalDate respondedOn) {

    public ResponseText {
        reasoning = reasoning.strip().replace("\r\n", "\n");
        responsibleBody = responsibleBody.strip();
        officer = officer.strip();
    }
}
