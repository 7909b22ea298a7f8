package org.minipublic.app.recruitment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.CategoryId;
import org.minipublic.app.recruitment.NewRespondent;

/**
 * The registration form, as typed. The date of birth is three boxes (day, month, year), which people fill in more
 * reliably than a date picker; {@code website} is a field hidden from people, which only scripts fill in.
 */
public class RegistrationForm {

    private String code = "";
    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String phone = "";
    private String birthDay = "";
    private String birthMonth = "";
    private String birthYear = "";
    private Map<String, String> answers = new LinkedHashMap<>();
    private String accessNeeds = "";
    private String language = "";
    private String otherLanguage = "";
    private String availability = "";
    private boolean consent;
    private String website = "";
    private String started = "";

    NewRespondent toRespondent() {
        var chosen = new HashMap<CategoryId, String>();
        answers.forEach((id, option) -> {
            try {
                chosen.put(CategoryId.valueOf(id), option);
            } catch (IllegalArgumentException ignored) {
                // not one of the form's questions: nothing to keep
            }
        });
        return new NewRespondent(
                firstName,
                lastName,
                email,
                phone,
                birthDate(),
                chosen,
                accessNeeds,
                "other".equals(language) ? otherLanguage : language,
                availability(),
                consent);
    }

    private @Nullable LocalDate birthDate() {
        try {
            return LocalDate.of(
                    Integer.parseInt(birthYear.strip()),
                    Integer.parseInt(birthMonth.strip()),
                    Integer.parseInt(birthDay.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private NewRespondent.@Nullable Availability availability() {
        try {
            return NewRespondent.Availability.valueOf(availability);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // Getters and setters for binding; null from the binder means an empty field.

    /** The three date boxes as one field, so that a problem with the date has somewhere to be shown. */
    public String getDateOfBirth() {
        return String.join("-", birthYear, birthMonth, birthDay);
    }

    public String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code == null ? "" : code;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName == null ? "" : firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName == null ? "" : lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getBirthDay() {
        return birthDay;
    }

    public void setBirthDay(@Nullable String birthDay) {
        this.birthDay = birthDay == null ? "" : birthDay;
    }

    public String getBirthMonth() {
        return birthMonth;
    }

    public void setBirthMonth(@Nullable String birthMonth) {
        this.birthMonth = birthMonth == null ? "" : birthMonth;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(@Nullable String birthYear) {
        this.birthYear = birthYear == null ? "" : birthYear;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public void setAccessNeeds(@Nullable String accessNeeds) {
        this.accessNeeds = accessNeeds == null ? "" : accessNeeds;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }

    public String getOtherLanguage() {
        return otherLanguage;
    }

    public void setOtherLanguage(@Nullable String otherLanguage) {
        this.otherLanguage = otherLanguage == null ? "" : otherLanguage;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(@Nullable String availability) {
        this.availability = availability == null ? "" : availability;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website == null ? "" : website;
    }

    public String getStarted() {
        return started;
    }

    public void setStarted(@Nullable String started) {
        this.started = started == null ? "" : started;
    }
}
