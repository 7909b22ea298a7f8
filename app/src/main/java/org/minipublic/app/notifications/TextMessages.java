package org.minipublic.app.notifications;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sending text messages through the installation's {@link TextDelivery}, or to the text outbox folder when it has
 * none. Texts are not stored: whoever sends one records that they did, with the text's id (the confirmation module
 * keeps each reminder's date, channel and id), so that {@link Forgetting} can delete the outbox file later.
 */
@Service
public class TextMessages {

    private static final Logger log = LoggerFactory.getLogger(TextMessages.class);

    private final TextDelivery delivery;

    TextMessages(
            ObjectProvider<TextDelivery> provider,
            @Value("${minipublic.sms.outbox-dir:${minipublic.data-dir}/outbox/sms}") Path outbox) {
        this.delivery = provider.getIfAvailable(() -> new OutboxFolderTexts(outbox));
    }

    /**
     * Hands the text over.
     *
     * @return the text's id; empty when that failed (logged with the exception's class only, never the number)
     */
    public Optional<MessageId> send(TextMessage message) {
        var id = new MessageId(UUID.randomUUID());
        try {
            delivery.deliver(id.toString(), message);
            return Optional.of(id);
        } catch (Exception e) {
            log.warn(
                    "Text {} through {} failed: {}",
                    id,
                    delivery.channel(),
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    /** Deletes what the delivery kept of the text (the outbox file); an id that was no text is skipped. */
    void forget(MessageId id) throws Exception {
        delivery.forget(id.toString());
    }

    public String channel() {
        return delivery.channel();
    }
}
