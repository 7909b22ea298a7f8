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

    /**
     * The same, keeping only answers to the assembly's asked categories: a forged form can send answers to any id, and
     * what nobody asked must not be stored.
     */
    NewRespondent answeringOnly(java.util.List<Category> categories) {
        var asked = new java.util.HashMap<CategoryId, String>();
        categories.stream()
                .filter(c -> c.kind() == Category.Kind.ASKED && answers.containsKey(c.id()))
                .forEach(c -> asked.put(c.id(), answers.get(c.id())));
        return new NewRespondent(
                firstName, lastName, email, phone, dateOfBirth, asked, accessNeeds, language, availability, consent);
    }

    @Override
    public String toString() {
        return "NewRespondent[personal data not shown]";
    }
}
