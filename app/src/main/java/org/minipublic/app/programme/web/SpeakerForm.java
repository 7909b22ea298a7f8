package org.minipublic.app.programme.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Speaker;
import org.minipublic.app.programme.SpeakerDetails;
import org.springframework.validation.Errors;

/** A speaker as typed. Public so that the binder can reach it. */
public class SpeakerForm {

    private String name = "";
    private String organisation = "";
    private String perspective = Perspective.EXPERT.name();
    private String bio = "";
    private boolean consentToPublish;
    private int version;

    static SpeakerForm of(Speaker speaker) {
        var form = new SpeakerForm();
        var details = speaker.details();
        form.name = details.name();
        form.organisation = details.organisation();
        form.perspective = details.perspective().name();
        form.bio = details.bio();
        form.consentToPublish = details.consentToPublish();
        form.version = speaker.version();
        return form;
    }

    /** The details, or null after rejecting a perspective that is not one. */
    @Nullable
    SpeakerDetails toDetails(Errors errors) {
        try {
            return new SpeakerDetails(name, organisation, Perspective.valueOf(perspective), bio, consentToPublish);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("perspective", "programme.speaker.perspective.unknown");
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPerspective() {
        return perspective;
    }

    public void setPerspective(String perspective) {
        this.perspective = perspective;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public boolean isConsentToPublish() {
        return consentToPublish;
    }

    public void setConsentToPublish(boolean consentToPublish) {
        this.consentToPublish = consentToPublish;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
