package org.minipublic.app.confirmation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentProfile;

/**
 * Who a reminder would reach now, who it would leave out and why, and the first person's message as they would read
 * it.
 *
 * @param recipients everyone still to confirm or decline, reachable this way and not reminded in the last 24 hours
 * @param withoutContact those left out for want of an e-mail address or phone number
 * @param remindedRecently those left out as they were reminded in the last 24 hours
 * @param sample the first recipient's message, or {@code null} when there is nobody to send to
 */
public record ReminderPreview(
        ReminderChannel channel,
        List<RespondentProfile> recipients,
        int withoutContact,
        int remindedRecently,
        @Nullable ReminderMessage sample) {}
