package org.minipublic.app.recruitment.web;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentDetails;
import org.minipublic.app.shared.Languages;

/**
 * A respondent's details as an organiser corrects them: the registration form's fields (they agreed when they
 * registered, so consent is not asked again) and, for someone imported, their area.
 */
public class RespondentForm extends RegistrationForm {

    private String area = "";

    public RespondentForm() {
        setConsent(true);
    }

    static RespondentForm of(RespondentDetails respondent) {
        var form = new RespondentForm();
        var person = respondent.person();
        form.setFirstName(person.firstName());
        form.setLastName(person.lastName());
        form.setEmail(person.email());
        form.setPhone(person.phone());
        var birth = person.dateOfBirth();
        if (birth != null) {
            form.setBirthDay(String.valueOf(birth.getDayOfMonth()));
            form.setBirthMonth(String.valueOf(birth.getMonthValue()));
            form.setBirthYear(String.valueOf(birth.getYear()));
        }
        person.answers().forEach((category, option) -> form.getAnswers().put(category.toString(), option));
        form.setAccessNeeds(person.accessNeeds());
        boolean offered =
                Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(person.language()));
        form.setLanguage(offered ? person.language() : "other");
        form.setOtherLanguage(offered ? "" : person.language());
        form.setAvailability(
                person.availability() == null ? "" : person.availability().name());
        form.setArea(respondent.area());
        return form;
    }

    public String getArea() {
        return area;
    }

    public void setArea(@Nullable String area) {
        this.area = area == null ? "" : area;
    }
}
