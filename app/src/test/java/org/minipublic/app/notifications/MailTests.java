package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A mail's header values cannot start headers of their own, and its secrets stay out of storage. */
class MailTests {

    @Test
    void lineBreaksInTheSubjectBecomeSpaces() {
        var mail = new Mail("a@example.org", "Policing\r\nBcc: attacker@example.org\nX-Evil:\u2028yes\u0085", "Hi");
        assertThat(mail.subject()).isEqualTo("Policing Bcc: attacker@example.org X-Evil: yes");
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void refusesARecipientWithControlCharacters() {
        assertThatThrownBy(() -> new Mail("a@example.org\r\nBcc: attacker@example.org", "Subject", "Hi"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mail("a@example.org\tb", "Subject", "Hi"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStoredBodyShowsSecretsRemovedWhileTheMailKeepsThem() {
        String link = "https://minipublic.example/invitations/s3cr3t-t0ken";
        var mail = new Mail("a@example.org", "Join", "Open " + link + " to join.").withSecret(link);
        assertThat(mail.body()).contains(link);
        assertThat(mail.storedBody()).isEqualTo("Open " + Mail.REMOVED + " to join.");
        assertThat(mail.toString()).doesNotContain("a@example.org").doesNotContain("s3cr3t");
    }

    @Test
    void aSecretMustBePartOfTheBody() {
        assertThatThrownBy(() -> new Mail("a@example.org", "Join", "No link here").withSecret("elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
