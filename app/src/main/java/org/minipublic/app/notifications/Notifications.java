package org.minipublic.app.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending e-mail. A message is stored first (without its one-time links) and then delivered; a failed delivery stays
 * in the outbox as FAILED until an administrator retries it. Reading the outbox and retrying need
 * {@link Permission#MANAGE_OUTBOX}.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Messages messages;
    private final MailDelivery delivery;
    private final List<MailWriter> writers;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Notifications(
            Messages messages,
            MailDelivery delivery,
            List<MailWriter> writers,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.writers = writers;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MessageId send(Mail mail) {
        return send(mail, null);
    }

    @Transactional
    MessageId send(Mail mail, @Nullable MailOrigin origin) {
        var id = new MessageId(UUID.randomUUID());
        messages.insert(id, mail, origin, clock.instant());
        deliver(id, mail);
        return id;
    }

    /**
     * Tries a message that was not sent again. A message that held a one-time link is written again with a fresh
     * link, since the stored copy has none; it cannot be retried once what it was about is closed.
     */
    @Transactional
    public void retry(Actor actor, MessageId id) {
        identity.require(actor, Permission.MANAGE_OUTBOX);
        var message = messages.find(id).orElseThrow(() -> new MessageNotFoundException(id));
        if (message.status() == StoredMessage.DeliveryStatus.SENT) {
            return;
        }
        var mail = messages.origin(id).map(origin -> writeAgain(actor, origin)).orElseGet(() -> asStored(message));
        messages.rewrite(id, mail);
        audit.record(AuditRecord.of(actor, null, "outbox.message-retried", "message " + id));
        deliver(id, mail);
    }

    @Transactional(readOnly = true)
    public List<StoredMessage> latest(Actor actor, int page, int size) {
        identity.require(actor, Permission.MANAGE_OUTBOX);
        return messages.latest(size, Math.max(0, page) * size);
    }

    @Transactional(readOnly = true)
    public long count(Actor actor) {
        identity.require(actor, Permission.MANAGE_OUTBOX);
        return messages.count();
    }

    @Transactional(readOnly = true)
    public Optional<StoredMessage> find(Actor actor, MessageId id) {
        identity.require(actor, Permission.MANAGE_OUTBOX);
        return messages.find(id);
    }

    /** Where each of these messages stands; messages not found are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<MessageId, StoredMessage.DeliveryStatus> statuses(java.util.Collection<MessageId> ids) {
        return messages.statuses(ids);
    }

    public String channel() {
        return delivery.channel();
    }

    /**
     * A stored message sent again as it is; one whose links were removed would arrive without them, and one blanked
     * when its recipient was erased has nowhere to go.
     */
    private static Mail asStored(StoredMessage message) {
        if (message.hasRemovedLinks() || message.recipient().equals(Forgetting.ERASED)) {
            throw new InvalidInputException("message", "outbox.cannot-resend");
        }
        return new Mail(message.recipient(), message.subject(), message.body());
    }

    private Mail writeAgain(Actor actor, MailOrigin origin) {
        return writers.stream()
                .filter(writer -> writer.kind().equals(origin.kind()))
                .findFirst()
                .flatMap(writer -> writer.write(actor, origin.reference()))
                .orElseThrow(() -> new InvalidInputException("message", "outbox.cannot-resend"));
    }

    /**
     * Logs the exception's class and the message id only: the exception's text may hold the recipient's address
     * (SMTP servers name refused recipients). The stored error, shown to administrators with the message, keeps the
     * text with the address replaced.
     */
    private void deliver(MessageId id, Mail mail) {
        try {
            delivery.deliver(id, mail);
            messages.markSent(id, clock.instant());
        } catch (Exception e) {
            log.warn(
                    "Delivery of message {} through {} failed: {}",
                    id,
                    delivery.channel(),
                    e.getClass().getName());
            messages.markFailed(id, describe(e, mail.recipient()));
        }
    }

    private static String describe(Exception e, String recipient) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        text = Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .replaceAll("<recipient>");
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
