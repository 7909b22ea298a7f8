package org.minipublic.app.evidence.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.evidence.Material;
import org.minipublic.app.evidence.MaterialDetails;
import org.minipublic.app.evidence.Upload;
import org.minipublic.app.evidence.VersionInput;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A material, or a new version of one, as typed: the details, the language, and either a file or a page's text. The
 * pages show the fields they need. Public so that the binder can reach it.
 */
public class MaterialForm {

    /** Whether the version is a file to upload or a page to write. */
    enum Kind {
        FILE,
        PAGE
    }

    private String title = "";
    private String topic = "";
    private String perspective = Perspective.EXPERT.name();
    private String session = "";
    private boolean openToPublic;
    private String language = "en";
    private String kind = Kind.FILE.name();
    private String body = "";
    private int revision;
    private @Nullable MultipartFile file;

    static MaterialForm of(Material material) {
        var form = new MaterialForm();
        var details = material.details();
        form.topic = details.topic();
        form.perspective = details.perspective().name();
        var linked = details.session();
        form.session = linked == null ? "" : linked.toString();
        form.openToPublic = details.isPublic();
        form.language = material.language();
        form.revision = material.revision();
        return form;
    }

    /** The details, or null after rejecting a perspective or session that is not one. */
    @Nullable
    MaterialDetails toDetails(Errors errors) {
        Perspective chosen;
        try {
            chosen = Perspective.valueOf(perspective);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("perspective", "evidence.perspective.unknown");
            return null;
        }
        try {
            var linked = session.isBlank() ? null : SessionId.valueOf(session.strip());
            return new MaterialDetails(topic, chosen, linked, openToPublic);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("session", "evidence.session.unknown");
            return null;
        }
    }

    /** The version typed or uploaded; a file chosen for a page, or text for a file, is ignored. */
    VersionInput toVersion() throws IOException {
        var file = this.file;
        if (Kind.PAGE.name().equals(kind)) {
            return VersionInput.page(title, body);
        }
        var bytes = file == null ? new byte[0] : file.getBytes();
        var name = file == null ? "" : String.valueOf(file.getOriginalFilename());
        return VersionInput.file(title, new Upload(name, bytes));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPerspective() {
        return perspective;
    }

    public void setPerspective(String perspective) {
        this.perspective = perspective;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public boolean isOpenToPublic() {
        return openToPublic;
    }

    public void setOpenToPublic(boolean openToPublic) {
        this.openToPublic = openToPublic;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public @Nullable MultipartFile getFile() {
        return file;
    }

    public void setFile(@Nullable MultipartFile file) {
        this.file = file;
    }

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }
}
