package org.minipublic.app.members;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;

/**
 * A person about to become a member.
 *
 * @param values their value in each stratification category, by category name ({@code "Age band" -> "25-34"}), as
 *     the respondent pool gives them to the lottery; kept for table plans and the assembly's make-up
 * @param respondent the respondent they were selected as, or {@code null} when imported or added by hand
 */
public record NewMember(MemberProfile profile, Map<String, String> values, @Nullable RespondentId respondent) {

    public NewMember {
        var kept = new LinkedHashMap<String, String>();
        values.forEach((category, value) -> {
            if (!category.isBlank() && !value.isBlank()) {
                kept.put(category.strip(), value.strip());
            }
        });
        values = Collections.unmodifiableMap(kept);
    }

    /** Someone added by an organiser, with no respondent behind them. */
    public static NewMember byHand(MemberProfile profile) {
        return new NewMember(profile, Map.of(), null);
    }

    @Override
    public String toString() {
        return "NewMember[respondent " + respondent + ", personal data not shown]";
    }
}
