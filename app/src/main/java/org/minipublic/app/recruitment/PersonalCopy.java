package org.minipublic.app.recruitment;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What recruitment holds about one respondent, for the copy of their data they may ask for.
 *
 * @param details what they gave and how they came into the pool
 * @param answers their answers by the category's name
 * @param address the address their letter went to, if they registered with a letter's code
 * @param code the registration code they used, if any
 */
public record PersonalCopy(
        RespondentDetails details, Map<String, String> answers, @Nullable String address, @Nullable String code) {

    @Override
    public String toString() {
        return "PersonalCopy[" + details.id() + "]"; // the rest is personal data
    }
}
