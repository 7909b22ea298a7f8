package org.minipublic.app.followup;

import java.util.Locale;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails about a sign-up, in the language the resident used. Each carries the sign-up's own link, which opens
 * the page where it is confirmed or cancelled; the link is a secret, so the outbox's stored copy leaves it out.
 */
@Component
class EventMails {

    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    EventMails(Notifications notifications, MessageSource messages, @Value("${minipublic.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Asks the resident to confirm the place. */
    void confirm(Event event, SignUp signUp) {
        send(event, signUp, "confirm");
    }

    /** Tells the resident the place is held. */
    void confirmed(Event event, SignUp signUp) {
        send(event, signUp, "confirmed");
    }

    /** Tells the resident the event is called off. */
    void cancelled(Event event, SignUp signUp) {
        send(event, signUp, "cancelled");
    }

    private void send(Event event, SignUp signUp, String which) {
        Locale locale = Locale.forLanguageTag(signUp.language());
        String link = link(signUp);
        String when = EventTimes.format(event.details().startsAt(), locale);
        String where = event.details().online()
                ? event.details().joinUrl()
                : event.details().place();
        var arguments = new Object[] {event.details().title(), when, where, link};
        notifications.send(new Mail(
                        signUp.email(),
                        messages.getMessage("mail.followup." + which + ".subject", arguments, locale),
                        messages.getMessage("mail.followup." + which + ".body", arguments, locale))
                .withSecret(link));
    }

    private String link(SignUp signUp) {
        return baseUrl + "/public/event-sign-ups/" + signUp.token();
    }
}
