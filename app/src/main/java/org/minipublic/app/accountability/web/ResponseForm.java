package org.minipublic.app.accountability.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Recommendation;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.shared.InvalidInputException;

/** The response form as typed; the date and status arrive as text and are checked here. */
public class ResponseForm {

    private String status = "";
    private String reasoning = "";
    private String responsibleBody = "";
    private String officer = "";
    private String respondedOn = "";
    private int version = -1;

    static ResponseForm of(Recommendation recommendation, LocalDate today) {
        var form = new ResponseForm();
        var response = recommendation.response();
        if (response == null) {
            form.respondedOn = today.toString();
            return form;
        }
        form.status = response.status().name();
        form.reasoning = response.reasoning();
        form.responsibleBody = response.responsibleBody();
        form.officer = response.officer();
        form.respondedOn = response.respondedOn().toString();
        form.version = response.version();
        return form;
    }

    /**
     * The response, when status and date are readable.
     *
     * @throws InvalidInputException naming the field that is not
     */
    ResponseText text() {
        ResponseStatus chosen = parseStatus(status);
        if (chosen == null) {
            throw new InvalidInputException("status", "accountability.response.status-required");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(respondedOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("respondedOn", "accountability.response.date-invalid");
        }
        return new ResponseText(chosen, reasoning, responsibleBody, officer, on);
    }

    private static @Nullable ResponseStatus parseStatus(String text) {
        for (var value : ResponseStatus.values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(String responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(String respondedOn) {
        this.respondedOn = respondedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
