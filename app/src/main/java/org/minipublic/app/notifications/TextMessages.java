package org.minipublic.app.notifications;

import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sending text messages through the installation's {@link TextDelivery}, or to the text outbox folder when it has
 * none. Texts are not stored: whoever sends one records that they did (the confirmation module keeps each reminder's
 * date and channel).
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

    /** Hands the text over; false when that failed (logged with the exception's class only, never the number). */
    public boolean send(TextMessage message) {
        var id = UUID.randomUUID().toString();
        try {
            delivery.deliver(id, message);
            return true;
        } catch (Exception e) {
            log.warn(
                    "Text {} through {} failed: {}",
                    id,
                    delivery.channel(),
                    e.getClass().getName());
            return false;
        }
    }

    public String channel() {
        return delivery.channel();
    }
}
