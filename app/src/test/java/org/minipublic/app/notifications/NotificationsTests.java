package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.identity.Identity;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A failed delivery is logged with the message id and the exception's class only: SMTP servers name the refused
 * address in their reply, and the log must not carry it.
 */
class NotificationsTests {

    private static final String ADDRESS = "refused.person@example.org";

    @Test
    void aRefusedRecipientIsLoggedWithoutTheAddress() throws Exception {
        var messages = mock(Messages.class);
        var log = listen();
        try (var server = new RefusingSmtpServer()) {
            var notifications = new Notifications(
                    messages,
                    smtp(server.port()),
                    List.of(),
                    mock(Identity.class),
                    mock(AuditLog.class),
                    Clock.systemUTC());

            var id = notifications.send(new Mail(ADDRESS, "Hello", "Hi"));

            var error = ArgumentCaptor.forClass(String.class);
            verify(messages).markFailed(eq(id), error.capture());
            assertThat(error.getValue())
                    .as("the stored error")
                    .contains("<recipient>")
                    .doesNotContain(ADDRESS);
            assertThat(log.list).singleElement().satisfies(event -> {
                assertThat(event.getFormattedMessage()).contains(id.toString()).doesNotContain(ADDRESS);
                assertThat(event.getThrowableProxy())
                        .as("no stack trace: its messages hold the address")
                        .isNull();
            });
        } finally {
            ((Logger) LoggerFactory.getLogger(Notifications.class)).detachAppender(log);
        }
        verify(messages, never()).markSent(any(), any());
    }

    private static SmtpDelivery smtp(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpDelivery(sender, "minipublic@localhost");
    }

    private static ListAppender<ILoggingEvent> listen() {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(Notifications.class)).addAppender(appender);
        return appender;
    }
}
