package org.minipublic.app.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending e-mail. A message is stored first and then delivered; a failed delivery stays in the outbox as FAILED,
 * with the error, until someone retries it.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Messages messages;
    private final MailDelivery delivery;
    private final Clock clock;

    Notifications(Messages messages, MailDelivery delivery, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional
    public MessageId send(Mail mail) {
        var id = new MessageId(UUID.randomUUID());
        messages.insert(id, mail, clock.instant());
        deliver(id, mail);
        return id;
    }

    /** Tries a failed message again. */
    @Transactional
    public void retry(MessageId id) {
        var message = messages.find(id).orElseThrow(() -> new IllegalArgumentException("no message " + id));
        if (message.status() != StoredMessage.DeliveryStatus.SENT) {
            deliver(id, new Mail(message.recipient(), message.subject(), message.body()));
        }
    }

    @Transactional(readOnly = true)
    public List<StoredMessage> latest(int page, int size) {
        return messages.latest(size, Math.max(0, page) * size);
    }

    @Transactional(readOnly = true)
    public long count() {
        return messages.count();
    }

    @Transactional(readOnly = true)
    public Optional<StoredMessage> find(MessageId id) {
        return messages.find(id);
    }

    public String channel() {
        return delivery.channel();
    }

    private void deliver(MessageId id, Mail mail) {
        try {
            delivery.deliver(id, mail);
            messages.markSent(id, clock.instant());
        } catch (Exception e) {
            log.warn("Delivery of message {} through {} failed: {}", id, delivery.channel(), e.getMessage());
            messages.markFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
