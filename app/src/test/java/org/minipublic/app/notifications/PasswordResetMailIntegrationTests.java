package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.PasswordResetRequested;
import org.minipublic.app.identity.Passwords;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.minipublic.app.support.StoredText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * E-mails with a link to choose a new password: the link's token reaches the e-mail and nothing else (no table, no
 * stored event, no stored copy of the message), and retrying a failed e-mail writes it again with a fresh link.
 */
@IntegrationTest
@RecordApplicationEvents
class PasswordResetMailIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    Passwords passwords;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @Test
    void theLinksTokenIsInTheEmailAndNowhereElse(ApplicationEvents events) {
        var user = fixtures.user("Keeps A Secret");

        assertThat(passwords.requestReset(user.email(), "192.0.2.41", Locale.ENGLISH))
                .isEmpty();

        String token = token(outbox.awaitSent(user.email()).body());
        assertThat(StoredText.tablesHolding(jdbc, token))
                .as("tables holding the token")
                .isEmpty();
        assertThat(outbox.awaitStored(user.email()).body()).contains(Mail.REMOVED);
        assertThat(events.stream(PasswordResetRequested.class)
                        .map(e -> serializer.serialize(e).toString()))
                .as("events as the publication registry stores them")
                .isNotEmpty()
                .allSatisfy(json -> assertThat(json).doesNotContain(token).doesNotContain(user.email()));
        assertThat(passwords.resetLinkUsable(token))
                .as("the e-mailed link works")
                .isTrue();
    }

    @Test
    void aRetriedEmailCarriesAFreshWorkingLink() throws IOException {
        var admin = fixtures.admin("Link Sending Admin");
        var user = fixtures.user("Mail Failed Once");
        var failed =
                outbox.whileBroken(() -> passwords.sendReset(admin.actor(), user.id(), Locale.ENGLISH), user.email());
        assertThat(failed.status()).isEqualTo(StoredMessage.DeliveryStatus.FAILED);
        assertThat(failed.hasRemovedLinks()).isTrue();

        notifications.retry(admin.actor(), failed.id());

        var retried = notifications.find(admin.actor(), failed.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(StoredMessage.DeliveryStatus.SENT);
        assertThat(retried.hasRemovedLinks()).isTrue();
        String token = token(outbox.read(retried).body());
        assertThat(passwords.resetLinkUsable(token)).isTrue();
        assertThat(StoredText.tablesHolding(jdbc, token)).isEmpty();
    }

    private static String token(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group(1);
    }
}
