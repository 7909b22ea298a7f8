package org.minipublic.app.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders to a panel of 6 drawn from 12 whose people prefer English, Polish or Urdu, some with an e-mail address
 * only, some with a phone as well; and call-backs that have come due.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class ConfirmationRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    Reminders reminders;

    @Autowired
    AuditLog audit;

    @Autowired
    Outbox outbox;

    @Autowired
    Assemblies assemblies;

    @Autowired
    JdbcClient jdbc;

    @Value("${minipublic.data-dir}")
    Path dataDir;

    /** The e-mail subject after the assembly's title, per language. */
    private static final java.util.Map<String, String> SUBJECTS = java.util.Map.of(
            "en", "please call us back", "pl", "prosimy o telefon", "ur", "براہ کرم ہمیں واپس کال کریں");

    record Panel(RegistrationFixture.Open open, Fixtures.TestUser recruiter, String title) {}

    @Test
    void aDueCallBackComesFirstOnTheListAndIsMarked() throws Exception {
        var panel = panel();
        var recruiter = panel.recruiter().actor();
        var assembly = panel.open().assembly();
        var later = calls.callList(recruiter, assembly).get(3).person().id();
        var soon = calls.callList(recruiter, assembly).get(4).person().id();
        callBack(panel, later, 2);
        callBack(panel, soon, 1);
        assertThat(calls.callList(recruiter, assembly)).noneMatch(CallRow::due);

        askedFor(assembly, later, 2); // as if two hours had passed since they asked for the time that has now come
        askedFor(assembly, soon, 1);
        var rows = calls.callList(recruiter, assembly);
        assertThat(rows).extracting(row -> row.person().id()).startsWith(later, soon);
        assertThat(rows).filteredOn(CallRow::due).hasSize(2);
        mvc.perform(get("/assemblies/" + assembly + "/calls")
                        .with(user(panel.recruiter().principal())))
                .andExpect(content().string(containsString("Due now")));
    }

    @Test
    void aRecruiterChecksThenSendsAnEmailReminderToThoseStillToAnswerInTheirLanguageOnceADay() throws Exception {
        var panel = panel();
        var assembly = panel.open().assembly();
        var rows = calls.callList(panel.recruiter().actor(), assembly);
        var confirmed = rows.get(0).person().id();
        calls.record(
                panel.recruiter().actor(), assembly, confirmed, new CallEntry(CallOutcome.CONFIRMED, "", null, ""));
        var base = "/assemblies/" + assembly + "/calls/reminders";
        var principal = panel.recruiter().principal();

        mvc.perform(get(base).param("channel", "EMAIL").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 people get this reminder")))
                .andExpect(content().string(containsString("Send to 5 people")));
        mvc.perform(post(base).param("channel", "EMAIL").with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("remindersSent", 5));

        assertThat(reminded(assembly, "EMAIL")).hasSize(5).doesNotContain(confirmed);
        rows.stream().filter(row -> !row.person().id().equals(confirmed)).forEach(row -> assertThat(
                        outbox.awaitStored(row.person().email()).subject())
                .isEqualTo(panel.title() + ": " + SUBJECTS.get(row.person().language())));
        assertThat(calls.callList(panel.recruiter().actor(), assembly))
                .filteredOn(row -> !row.person().id().equals(confirmed))
                .allSatisfy(row -> assertThat(row.reminder()).isNotNull());

        mvc.perform(post(base).param("channel", "EMAIL").with(user(principal)).with(csrf()))
                .andExpect(flash().attribute("remindersSent", 0));
        var again = reminders.preview(panel.recruiter().actor(), assembly, ReminderChannel.SMS);
        assertThat(again.recipients()).as("one reminder a day, by any channel").isEmpty();
        assertThat(again.remindedRecently() + again.withoutContact()).isEqualTo(5);
        assertThat(reminded(assembly, "EMAIL")).hasSize(5);
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("confirmation.reminders-sent"))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.toString()).contains("EMAIL to 5").doesNotContain("Person", "@example.org"));
    }

    @Test
    void textRemindersGoToThoseWithAPhoneAndTwoSendersAtOnceRemindNobodyTwice() throws Exception {
        var panel = panel();
        var assembly = panel.open().assembly();
        var recruiter = panel.recruiter().actor();
        long withPhone = calls.callList(recruiter, assembly).stream()
                .filter(row -> !row.person().phone().isEmpty())
                .count();
        var preview = reminders.preview(recruiter, assembly, ReminderChannel.SMS);
        assertThat(preview.recipients()).hasSize((int) withPhone);
        assertThat(preview.withoutContact()).isEqualTo(6 - withPhone);
        long textsBefore = texts();

        var pool = Executors.newFixedThreadPool(2);
        int sent;
        try {
            List<Future<Integer>> both = Stream.of(1, 2)
                    .map(n -> pool.submit(() -> reminders.send(recruiter, assembly, ReminderChannel.SMS)))
                    .toList();
            sent = both.get(0).get() + both.get(1).get();
        } finally {
            pool.shutdown();
        }

        assertThat(sent).isEqualTo(withPhone);
        assertThat(reminded(assembly, "SMS")).hasSize((int) withPhone).doesNotHaveDuplicates();
        assertThat(texts() - textsBefore).isEqualTo(withPhone);
    }

    /** Six of twelve chosen: person i prefers en, pl or ur in turn, and every other one has a phone too. */
    private Panel panel() {
        var open = fixture.assemblyWithContacts(
                12,
                i -> new SelectionFixture.Contact(
                        "person" + i + "@example.org",
                        i % 2 == 0 ? "07700 900" + (100 + i) : "",
                        List.of("en", "pl", "ur").get(i % 3)));
        fixture.anyPanel(open, 6);
        var draw = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 3L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        var recruiter = fixtures.userWithRole(Fixtures.unique("Recruiter"), open.assembly(), AssemblyRole.RECRUITER);
        String title = assemblies.find(open.assembly()).orElseThrow().title();
        return new Panel(open, recruiter, title);
    }

    private void callBack(Panel panel, RespondentId who, int hours) {
        calls.record(
                panel.recruiter().actor(),
                panel.open().assembly(),
                who,
                new CallEntry(CallOutcome.CALL_BACK, "", Instant.now().plus(hours, ChronoUnit.HOURS), ""));
    }

    private void askedFor(org.minipublic.app.shared.AssemblyId assembly, RespondentId who, int hoursAgo) {
        jdbc.sql("update confirmation.calls set call_back_at = :t where assembly_id = :a and respondent_id = :r")
                .param("t", Timestamp.from(Instant.now().minus(hoursAgo, ChronoUnit.HOURS)))
                .param("a", assembly.value())
                .param("r", who.value())
                .update();
    }

    private List<RespondentId> reminded(org.minipublic.app.shared.AssemblyId assembly, String channel) {
        return jdbc.sql("select respondent_id from confirmation.reminders where assembly_id = :a and channel = :c")
                .param("a", assembly.value())
                .param("c", channel)
                .query((rs, n) -> new RespondentId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    private long texts() throws IOException {
        var folder = dataDir.resolve("outbox/sms");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
