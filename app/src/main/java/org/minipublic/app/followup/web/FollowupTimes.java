package org.minipublic.app.followup.web;

import java.time.Instant;
import java.util.Locale;
import org.minipublic.app.followup.EventTimes;
import org.springframework.stereotype.Component;

/** Event times for the templates ({@code @followupTimes.text(...)}): London time, in the page's language. */
@Component("followupTimes")
public class FollowupTimes {

    public String text(Instant instant, Locale locale) {
        return EventTimes.format(instant, locale);
    }
}
