package org.minipublic.app.assembly.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.assembly.AssemblyView;

/**
 * The create/edit form of an assembly. Lists of bodies are typed one per line. The days table always offers a few
 * empty rows; "add another day" adds one more without saving, so the form works without JavaScript.
 */
public class AssemblyForm {

    static final int EMPTY_ROWS = 2;

    @NotBlank(message = "{assembly.title.required}")
    @Size(max = AssemblyDetails.MAX_TITLE, message = "{assembly.title.too-long}")
    private String title = "";

    @NotBlank(message = "{assembly.question.required}")
    @Size(max = AssemblyDetails.MAX_QUESTION, message = "{assembly.question.too-long}")
    private String question = "";

    @Size(max = AssemblyDetails.MAX_DESCRIPTION, message = "{assembly.description.too-long}")
    private String description = "";

    private String commissioners = "";
    private String deliveryPartners = "";
    private String recruitmentPartners = "";
    private List<DayForm> days = new ArrayList<>();
    private int version;

    static AssemblyForm blank() {
        var form = new AssemblyForm();
        form.addEmptyRows(EMPTY_ROWS + 1);
        return form;
    }

    static AssemblyForm of(AssemblyView assembly) {
        var form = new AssemblyForm();
        var d = assembly.details();
        form.title = d.title();
        form.question = d.question();
        form.description = d.description();
        form.commissioners = String.join("\n", d.commissioners());
        form.deliveryPartners = String.join("\n", d.deliveryPartners());
        form.recruitmentPartners = String.join("\n", d.recruitmentPartners());
        d.days().forEach(day -> form.days.add(DayForm.of(day)));
        form.version = assembly.version();
        form.addEmptyRows(EMPTY_ROWS);
        return form;
    }

    void addEmptyRows(int count) {
        for (int i = 0; i < count; i++) {
            days.add(new DayForm());
        }
    }

    AssemblyDetails toDetails() {
        return new AssemblyDetails(
                title,
                question,
                description,
                lines(commissioners),
                lines(deliveryPartners),
                lines(recruitmentPartners),
                days.stream().filter(d -> !d.isIgnored()).map(DayForm::toDay).toList());
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(@Nullable String question) {
        this.question = question == null ? "" : question;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    public String getCommissioners() {
        return commissioners;
    }

    public void setCommissioners(@Nullable String commissioners) {
        this.commissioners = commissioners == null ? "" : commissioners;
    }

    public String getDeliveryPartners() {
        return deliveryPartners;
    }

    public void setDeliveryPartners(@Nullable String deliveryPartners) {
        this.deliveryPartners = deliveryPartners == null ? "" : deliveryPartners;
    }

    public String getRecruitmentPartners() {
        return recruitmentPartners;
    }

    public void setRecruitmentPartners(@Nullable String recruitmentPartners) {
        this.recruitmentPartners = recruitmentPartners == null ? "" : recruitmentPartners;
    }

    public List<DayForm> getDays() {
        return days;
    }

    public void setDays(List<DayForm> days) {
        this.days = days;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
