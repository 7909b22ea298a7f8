package org.minipublic.app.privacy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.confirmation.CallHistory;
import org.minipublic.app.members.MemberCopy;
import org.minipublic.app.messaging.MailingHistory;
import org.minipublic.app.recruitment.PersonalCopy;
import org.minipublic.app.selection.RespondentDraws;

/**
 * Everything the assembly holds about one respondent, as the file they are given when they ask for it: recruitment's
 * record, their part in each draw, as an alternate and in each draw ceremony (their pseudonym), the calls made and
 * reminders sent to them, the mailings they were sent, and the member record they became, if they did.
 */
public record DataCopy(
        Instant made,
        PersonalCopy registration,
        List<RespondentDraws.Entry> draws,
        List<RespondentDraws.AlternateEntry> alternates,
        List<RespondentDraws.CeremonyEntry> ceremonies,
        List<CallHistory.Call> calls,
        List<CallHistory.Reminder> reminders,
        List<MailingHistory.Received> mailings,
        @Nullable MemberCopy member) {

    @Override
    public String toString() {
        return "DataCopy[" + registration.details().id() + "]"; // the rest is personal data
    }
}
