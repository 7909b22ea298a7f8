package org.minipublic.app.members;

/**
 * Who a member is and what they need to take part: their name, how to reach them, the language they prefer (see
 * {@link MemberLanguage}) and whether they need an interpreter, and their access and support needs in their words.
 */
public record MemberProfile(
        String firstName,
        String lastName,
        String email,
        String phone,
        String language,
        boolean interpreter,
        String accessNeeds) {

    public MemberProfile {
        firstName = firstName.strip();
        lastName = lastName.strip();
        email = email.strip();
        phone = phone.strip();
        language = MemberLanguage.normalise(language);
        accessNeeds = accessNeeds.strip();
    }

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "MemberProfile[personal data not shown]";
    }
}
