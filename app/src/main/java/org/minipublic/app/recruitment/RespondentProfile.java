package org.minipublic.app.recruitment;

/** What the team needs to phone a respondent and, when they confirm, to make them a member. */
public record RespondentProfile(
        RespondentId id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String language,
        String accessNeeds,
        String area) {

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "RespondentProfile[" + id + "]"; // the rest is personal data
    }
}
