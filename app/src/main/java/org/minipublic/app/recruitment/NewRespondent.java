package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives when registering, online or by phone with a member of staff.
 *
 * @param answers the chosen value of each asked category
 * @param language the language they prefer: a supported language's tag, or the name of another language
 * @param consent that they agreed to their answers being stored and used for the lottery, as the form explains
 */
public record NewRespondent(
        String firstName,
        String lastName,
        String email,
        String phone,
        @Nullable LocalDate dateOfBirth,
        Map<CategoryId, String> answers,
        String accessNeeds,
        String language,
        @Nullable Availability availability,
        boolean consent) {

    /** Whether they can come on the assembly's days. */
    public enum Availability {
        ALL,
        SOME,
        NONE
    }

    public NewRespondent {
        firstName = firstName.strip();
        lastName = lastName.strip();
        email = email.strip();
        phone = phone.strip();
        accessNeeds = accessNeeds.strip();
        language = language.strip();
        answers = Map.copyOf(answers);
    }

    @Override
    public String toString() {
        return "NewRespondent[personal data not shown]";
    }
}
