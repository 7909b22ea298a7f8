package org.minipublic.app.recruitment;

/** How to write to a registered respondent: their first name for the greeting, address and preferred language. */
public record RespondentContact(RespondentId id, String firstName, String email, String language) {

    @Override
    public String toString() {
        return "RespondentContact[" + id + "]"; // name and address are personal data
    }
}
