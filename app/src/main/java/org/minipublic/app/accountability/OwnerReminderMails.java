package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the reminders to action owners and sends them through the outbox. Owners are officers, who use the staff
 * pages: the mail is in English, the language the staff pages open in.
 */
@Component
class OwnerReminderMails {

    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LANGUAGE);

    private final Notifications notifications;
    private final Assemblies assemblies;
    private final MessageSource messages;
    private final String baseUrl;

    OwnerReminderMails(
            Notifications notifications,
            Assemblies assemblies,
            MessageSource messages,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.assemblies = assemblies;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Reminds the owner that a milestone not yet done is due soon. */
    void milestoneDue(Action action, Milestone milestone) {
        send(
                action,
                "mail.accountability.reminder.milestone.subject",
                "mail.accountability.reminder.milestone.body",
                milestone.title(),
                DATE.format(milestone.dueOn()));
    }

    /** Reminds the owner that the action has had no progress update since {@code since}. */
    void noUpdate(Action action, LocalDate since, int days) {
        send(
                action,
                "mail.accountability.reminder.quiet.subject",
                "mail.accountability.reminder.quiet.body",
                DATE.format(since),
                days);
    }

    private void send(Action action, String subject, String body, Object... details) {
        String title = assemblies.find(action.assembly()).map(a -> a.title()).orElse("Minipublic");
        Object[] arguments = {action.title(), title, page(action.assembly(), action.id()), details[0], details[1]};
        notifications.send(new Mail(
                action.text().ownerEmail(),
                messages.getMessage(subject, new Object[] {action.title()}, LANGUAGE),
                messages.getMessage(body, arguments, LANGUAGE)));
    }

    private String page(AssemblyId assembly, ActionId action) {
        return baseUrl + "/assemblies/" + assembly + "/actions/" + action;
    }
}
