package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.audit.AuditEntry;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.identity.TeamInvitations;
import org.minipublic.app.identity.UserInvited;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
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
 * Invitation e-mails: the one-time link reaches the e-mail and nothing else (no table, no stored event, no stored
 * copy of the message), a retry is audited with who retried and gets a fresh link, and text from users cannot add
 * mail headers.
 */
@IntegrationTest
@RecordApplicationEvents
class InvitationMailIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    @Autowired
    TeamInvitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

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
        var organiser = fixtures.user("Secret Keeper");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Secrets"));
        String email = newAddress("secret");

        invitations.invite(organiser.actor(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH);

        String token = token(outbox.awaitSent(email).body());
        assertThat(rowsHolding(token)).as("database rows holding the token").isEmpty();
        assertThat(events.stream(UserInvited.class)
                        .map(e -> serializer.serialize(e).toString()))
                .as("events as the publication registry stores them")
                .isNotEmpty()
                .allSatisfy(json -> assertThat(json).doesNotContain(token).doesNotContain(email));
        assertThat(accounts.openInvitation(token)).as("the e-mailed link works").isPresent();
    }

    @Test
    void aRetryNeedsThePermissionIsAuditedAndSendsAFreshLink() throws IOException {
        var organiser = fixtures.user("Failed Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Failed mail"));
        String email = newAddress("retry");
        var failed = outbox.whileBroken(
                () -> invitations.invite(organiser.actor(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH),
                email);
        assertThat(failed.status()).isEqualTo(StoredMessage.DeliveryStatus.FAILED);

        assertThatThrownBy(() -> notifications.retry(organiser.actor(), failed.id()))
                .isInstanceOf(PermissionDeniedException.class);
        var admin = fixtures.admin("Retrying Admin");
        notifications.retry(admin.actor(), failed.id());

        var retried = notifications.find(admin.actor(), failed.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(StoredMessage.DeliveryStatus.SENT);
        assertThat(retried.hasRemovedLinks()).isTrue();
        String token = token(outbox.read(retried).body());
        assertThat(accounts.openInvitation(token)).isPresent();
        assertThat(rowsHolding(token)).isEmpty();
        assertThat(audit.find(new AuditQuery(null, "outbox.message-retried", null, null, null), 0)
                        .entries())
                .filteredOn(entry -> entry.subject().equals("message " + failed.id()))
                .singleElement()
                .extracting(AuditEntry::actorLabel)
                .isEqualTo("Retrying Admin");
    }

    @Test
    void retryingAnUnknownMessageFindsNothing() {
        var admin = fixtures.admin("Unknown Retry Admin");
        assertThatThrownBy(() -> notifications.retry(admin.actor(), new MessageId(UUID.randomUUID())))
                .isInstanceOf(MessageNotFoundException.class);
    }

    @Test
    void anAssemblyTitleCannotAddAMailHeader() {
        String hostile = Fixtures.unique("Policing") + "\r\nBcc: attacker@example.org\r\nX-Injected: yes";
        AssemblyId assembly = assemblies.create(Actor.system(), Fixtures.details(hostile));
        String email = newAddress("headers");

        invitations.invite(Actor.system(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH);

        var sent = outbox.awaitSent(email);
        assertThat(sent.headers())
                .noneMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4))
                .noneMatch(line -> line.regionMatches(true, 0, "X-Injected:", 0, 11));
        assertThat(sent.header("Subject")).contains("Policing").contains("Bcc: attacker@example.org");
        assertThat(sent.header("To")).isEqualTo(email);
    }

    private List<String> rowsHolding(String value) {
        return StoredText.tablesHolding(jdbc, value);
    }

    private static String token(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group(1);
    }

    private static String newAddress(String prefix) {
        return prefix + "." + System.nanoTime() + "@test.minipublic.org";
    }
}
