package org.minipublic.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.confirmation.CallEntry;
import org.minipublic.app.confirmation.CallOutcome;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.confirmation.ReminderChannel;
import org.minipublic.app.confirmation.Reminders;
import org.minipublic.app.messaging.Audience;
import org.minipublic.app.messaging.Draft;
import org.minipublic.app.messaging.MailingText;
import org.minipublic.app.messaging.Mailings;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasing one respondent reaches every message sent about them, and only those: not the messages of someone else who
 * shares their address (in another assembly, or a member of staff), and not only the database's copy (their reminders
 * and the files the outbox folders wrote).
 */
@IntegrationTest
@Import(SelectionFixture.class)
class ErasureIntegrationTests {

    @Autowired
    RespondentData respondentData;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    Mailings mailings;

    @Autowired
    Notifications notifications;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    Reminders reminders;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Value("${minipublic.data-dir}")
    Path dataDir;

    @Test
    void erasingOneRespondentBlanksEveryMessageToThemAndNoneToOthersSharingTheirAddress() {
        String shared = address("shared");
        var first = fixture.assemblyWithContacts(2, i -> contact(i == 0 ? shared : address("first")));
        var second = fixture.assemblyWithContacts(2, i -> contact(i == 0 ? shared : address("second")));
        notifications.send(new Mail(shared, "Your team account", "Welcome to the organising team."));
        for (var open : List.of(first, second)) {
            mailings.send(
                    open.organiser().actor(), open.assembly(), new Draft(Audience.REGISTERED, Map.of("en", thanks())));
        }
        outbox.awaitSent(shared, 5); // two registrations confirmed, two mailings, one to a member of staff
        var erased = respondent(first.assembly(), shared);
        String title = assemblies.find(first.assembly()).orElseThrow().title();
        var theirs = jdbc.sql(
                        """
                select id from notifications.messages where recipient = :to and subject like :title
                union select r.message_id from messaging.recipients r where r.respondent_id = :r
                """)
                .param("to", shared)
                .param("title", "%" + title + "%")
                .param("r", erased.value())
                .query(UUID.class)
                .list();
        assertThat(theirs).as("their registration confirmed, and the mailing").hasSize(2);

        respondentData.erase(first.organiser().actor(), first.assembly(), erased);

        assertThat(messages("id = any(:ids)", theirs))
                .allSatisfy(m -> assertThat(m).containsExactly("[erased]", "[erased]", "[erased]"));
        assertThat(messages("recipient = :to", shared))
                .as("the other registration's confirmation and mailing, and the staff mail")
                .hasSize(3)
                .noneSatisfy(m -> assertThat(m).contains("[erased]"));
    }

    @Test
    void erasureDeletesTheirRemindersAndTheOutboxFilesOfWhatWasSentToThem() {
        String stem = "reminded-" + UUID.randomUUID();
        var open = fixture.assemblyWithContacts(
                6, i -> new SelectionFixture.Contact(stem + "-" + i + "@example.org", phone(), "en"));
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        fixture.anyPanel(open, 3);
        fixture.awaitEnd(assembly, draws.start(organiser, assembly, new DrawSettings("leximin", 5L, List.of())));
        assertThat(reminders.send(organiser, assembly, ReminderChannel.SMS)).isEqualTo(3);
        jdbc.sql("update confirmation.reminders set sent_at = sent_at - interval '25 hours' where assembly_id = :a")
                .param("a", assembly.value())
                .update(); // a day later, by e-mail
        assertThat(reminders.send(organiser, assembly, ReminderChannel.EMAIL)).isEqualTo(3);
        var rows = calls.callList(organiser, assembly);
        var leaving = rows.get(0).person();
        var staying = rows.get(1).person();
        outbox.awaitSent(leaving.email(), 2); // their registration confirmed, and the reminder
        outbox.awaitSent(staying.email(), 2);
        assertThat(outboxFiles(leaving.email(), leaving.phone())).hasSize(3);
        calls.record(organiser, assembly, leaving.id(), new CallEntry(CallOutcome.DECLINED, "", null, ""));

        respondentData.erase(organiser, assembly, leaving.id());

        assertThat(jdbc.sql("select count(*) from confirmation.reminders where respondent_id = :r")
                        .param("r", leaving.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(outboxFiles(leaving.email(), leaving.phone())).isEmpty();
        assertThat(outboxFiles(staying.email(), staying.phone())).hasSize(3);
        assertThat(messages("recipient = :to", staying.email())).hasSize(2);
    }

    private RespondentId respondent(AssemblyId assembly, String email) {
        return jdbc.sql("select id from recruitment.respondents where assembly_id = :a and email = :e")
                .param("a", assembly.value())
                .param("e", email)
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .single();
    }

    /** Recipient, subject and body of the stored messages the condition selects (with {@code :ids} or {@code :to}). */
    private List<List<String>> messages(String condition, Object value) {
        return jdbc.sql("select recipient, subject, body from notifications.messages where " + condition)
                .param(
                        condition.contains(":ids") ? "ids" : "to",
                        value instanceof List<?> l ? l.toArray(UUID[]::new) : value)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The e-mail and text outbox files addressed to this address or phone number. */
    private List<Path> outboxFiles(String email, String phone) {
        try (var files = Files.walk(dataDir.resolve("outbox"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String text = read(file);
                        return text.contains("To: " + email + "\r\n") || text.contains("To: " + phone + "\n");
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // deleted while we looked
        }
    }

    private static String address(String stem) {
        return stem + "-" + UUID.randomUUID() + "@example.org";
    }

    private static String phone() {
        return "07" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }

    private static SelectionFixture.Contact contact(String email) {
        return new SelectionFixture.Contact(email, "", "en");
    }

    private static MailingText thanks() {
        return new MailingText("Thank you", "Dear {first_name}, thank you for registering.");
    }
}
