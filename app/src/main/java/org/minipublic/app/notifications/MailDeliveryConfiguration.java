package org.minipublic.app.notifications;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set, otherwise the outbox folder in the data directory. */
@Configuration(proxyBeanMethods = false)
class MailDeliveryConfiguration {

    @Bean
    MailDelivery mailDelivery(
            ObjectProvider<JavaMailSender> smtp,
            @Value("${minipublic.mail.from:minipublic@localhost}") String from,
            @Value("${minipublic.mail.outbox-dir:${minipublic.data-dir}/outbox}") Path outbox) {
        var sender = smtp.getIfAvailable();
        return sender != null ? new SmtpDelivery(sender, from) : new OutboxFolderDelivery(outbox, from);
    }
}
