package org.minipublic.app.confirmation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.MessageId;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.notifications.TextMessage;
import org.minipublic.app.notifications.TextMessages;
import org.minipublic.app.recruitment.RespondentProfile;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to the people the lottery chose who have not confirmed or declined yet, by e-mail (through the outbox)
 * or text message, each in their language, asking them to call back. Nobody gets more than one in 24 hours, however
 * many people press send at once. The audit log records the channel and the number sent, never who.
 */
@Service
public class Reminders {

    /** The shortest time between two reminders to one person. */
    static final Duration INTERVAL = Duration.ofHours(24);

    private final ConfirmationCalls calls;
    private final CallRecords callRecords;
    private final ReminderRecords records;
    private final ReminderText text;
    private final Notifications mail;
    private final TextMessages texts;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Reminders(
            ConfirmationCalls calls,
            CallRecords callRecords,
            ReminderRecords records,
            ReminderText text,
            Notifications mail,
            TextMessages texts,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.calls = calls;
        this.callRecords = callRecords;
        this.records = records;
        this.text = text;
        this.mail = mail;
        this.texts = texts;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who a reminder this way would reach now, and the first person's message. */
    @Transactional(readOnly = true)
    public ReminderPreview preview(Actor actor, AssemblyId assembly, ReminderChannel channel) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        var open =
                calls.callList(actor, assembly).stream().filter(CallRow::open).toList();
        var now = clock.instant();
        var reachable =
                open.stream().filter(row -> reachable(row.person(), channel)).toList();
        var recipients = new ArrayList<RespondentProfile>();
        reachable.stream().filter(row -> !recent(sentAt(row), now)).forEach(row -> recipients.add(row.person()));
        var sample = recipients.isEmpty() ? null : text.write(channel, recipients.get(0), title(assembly));
        return new ReminderPreview(
                channel, recipients, open.size() - reachable.size(), reachable.size() - recipients.size(), sample);
    }

    /**
     * Sends the reminder to everyone the preview names now. Each person is locked while they are checked and sent
     * to, so two people sending at once remind nobody twice.
     *
     * @return how many were sent
     */
    @Transactional
    public int send(Actor actor, AssemblyId assembly, ReminderChannel channel) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        String title = title(assembly);
        int sent = 0;
        // in id order, so that two senders take the people's locks in one order and never wait on each other
        var recipients = preview(actor, assembly, channel).recipients().stream()
                .sorted(Comparator.comparing((RespondentProfile p) -> p.id().value()))
                .toList();
        for (var person : recipients) {
            var now = clock.instant();
            var state = callRecords.lock(assembly, person.id(), now);
            if (state.status().settled()
                    || recent(records.latest(assembly, person.id()).orElse(null), now)) {
                continue; // settled or reminded by someone else since the preview
            }
            if (deliver(assembly, channel, person, title, actor, now)) {
                sent++;
            }
        }
        if (sent > 0) {
            audit.record(AuditRecord.of(actor, assembly, "confirmation.reminders-sent", "Reminders")
                    .withChange(null, channel.name() + " to " + sent));
        }
        return sent;
    }

    private boolean deliver(
            AssemblyId assembly,
            ReminderChannel channel,
            RespondentProfile person,
            String title,
            Actor by,
            Instant now) {
        var message = text.write(channel, person, title);
        Optional<MessageId> id = channel == ReminderChannel.EMAIL
                ? Optional.of(mail.send(new Mail(person.email(), message.subject(), message.body())))
                : texts.send(new TextMessage(person.phone(), message.body()));
        // the id, a text's too, lets erasure blank the stored e-mail and delete the outbox file
        id.ifPresent(sent -> records.insert(assembly, person.id(), channel, now, by.label(), sent));
        return id.isPresent();
    }

    private static boolean reachable(RespondentProfile person, ReminderChannel channel) {
        return channel == ReminderChannel.EMAIL ? !person.email().isBlank() : TextMessage.isPhone(person.phone());
    }

    private static boolean recent(@Nullable Instant sentAt, Instant now) {
        return sentAt != null && sentAt.isAfter(now.minus(INTERVAL));
    }

    private static @Nullable Instant sentAt(CallRow row) {
        var reminder = row.reminder();
        return reminder == null ? null : reminder.sentAt();
    }

    private String title(AssemblyId assembly) {
        return assemblies.find(assembly).map(AssemblyView::title).orElse("");
    }
}
