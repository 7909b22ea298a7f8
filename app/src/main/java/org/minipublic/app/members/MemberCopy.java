package org.minipublic.app.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the members module holds about the member a respondent became, for the copy of their data they may ask
 * for: who they are and what they need, the organisers' wellbeing notes, their category values, what they are paid,
 * whether and why they withdrew, the days they came, and when their portal sign-in card was issued (never its code,
 * which is not stored).
 */
public record MemberCopy(
        MemberId id,
        MemberProfile profile,
        String wellbeingNotes,
        Map<String, String> values,
        Payment payment,
        MemberStatus status,
        @Nullable Withdrawal withdrawal,
        List<LocalDate> attended,
        @Nullable Instant cardIssuedAt) {

    public MemberCopy {
        values = Map.copyOf(values);
        attended = List.copyOf(attended);
    }

    @Override
    public String toString() {
        return "MemberCopy[" + id + "]"; // the rest is personal data
    }
}
