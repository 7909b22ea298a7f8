package org.minipublic.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.confirmation.CallEntry;
import org.minipublic.app.confirmation.CallOutcome;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.messaging.Audience;
import org.minipublic.app.messaging.Draft;
import org.minipublic.app.messaging.MailingText;
import org.minipublic.app.messaging.Mailings;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.selection.Withdrawal;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The promise on the registration form, kept: people not chosen are deleted once the retention period is over (with
 * their messages blanked and only anonymous values kept), once even when two nodes try at the same time; and one
 * person's copy of their data and their erasure.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class PrivacyIntegrationTests {

    @Autowired
    Retention retention;

    @Autowired
    RespondentData respondentData;

    @Autowired
    PurgeJob job;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    Pool pool;

    @Autowired
    Mailings mailings;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    Assemblies assemblies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void afterTheRetentionPeriodOnlyThoseChosenAreKeptAndTheOthersLeaveAnonymousValues() {
        var open = drawnAssembly(20, 5);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        mailings.send(organiser, assembly, new Draft(Audience.REGISTERED, Map.of("en", thanks())));
        var sent = mailingMessages(assembly);
        assertThat(sent).hasSize(20);

        // the assembly is still to come: nothing is due, whatever the period
        retention.save(organiser, assembly, 0);
        assertThat(retention.status(organiser, assembly).due()).isFalse();
        assertThatThrownBy(() -> retention.purgeNow(organiser, assembly))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("privacy.purge.not-due");

        assemblyWasLastMonth(assembly);
        var status = retention.status(organiser, assembly);
        assertThat(status.due()).isTrue();
        assertThat(status.waiting()).isEqualTo(15);

        var chosen = chosen(open.assembly());
        assertThat(job.runOnce()).isGreaterThanOrEqualTo(15);

        assertThat(pool.members(assembly)).extracting(m -> m.id()).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(keptPeople(assembly)).isEqualTo(15);
        assertThat(jdbc.sql(
                                "select count(*) from recruitment.kept_answers where assembly_id = :a and category = 'Gender'")
                        .param("a", assembly.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(15);
        // the five people chosen still have their message; the fifteen others' are blanked (address and text)
        var blanked = jdbc.sql("select count(*) from notifications.messages where id = any(:ids)"
                        + " and recipient = '[erased]' and body = '[erased]'")
                .param("ids", sent.toArray(java.util.UUID[]::new))
                .query(Integer.class)
                .single();
        assertThat(blanked).isEqualTo(15);
        assertThat(mailingMessages(assembly)).hasSize(5);
        assertThat(retention.status(organiser, assembly).lastPurge()).isNotNull();
        assertThat(job.runOnce()).as("nothing left the second time").isZero();
    }

    @Test
    void twoNodesPurgingAtOnceDeleteOnceAndTheSecondSkipsTheAssembly() throws Exception {
        var open = drawnAssembly(12, 4);
        var assembly = open.assembly();
        retention.save(open.organiser().actor(), assembly, 0);
        assemblyWasLastMonth(assembly);

        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherNode = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('privacy.purge'), hashtext(:a))")
                    .param("a", assembly.toString())
                    .query(Object.class)
                    .list();
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> retention.purgeNow(open.organiser().actor(), assembly))
                .hasMessageContaining("privacy.purge.running");
        assertThat(pool.members(assembly)).hasSize(12);
        release.countDown();
        otherNode.get(10, TimeUnit.SECONDS);

        assertThat(retention.purgeNow(open.organiser().actor(), assembly)).isEqualTo(8);
        assertThat(pool.members(assembly)).hasSize(4);
    }

    @Test
    void aCopyHoldsEverythingAndErasureDeletesItButNotFromAPanelSeat() {
        var open = drawnAssembly(10, 3);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        var first = draws.all(assembly).get(0).id();
        var seated = chosen(assembly).iterator().next();
        calls.record(organiser, assembly, seated, new CallEntry(CallOutcome.DECLINED, "Moving away", null, ""));

        var copy = respondentData.copy(organiser, assembly, seated);
        assertThat(copy.registration().details().person().email()).endsWith("@example.org");
        assertThat(copy.registration().answers()).containsKey("Gender");
        assertThat(copy.registration().address()).isNotBlank();
        assertThat(copy.registration().code()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(copy.draws()).singleElement().satisfies(d -> assertThat(d.selected())
                .isTrue());
        assertThat(copy.calls()).singleElement().satisfies(c -> assertThat(c.note())
                .isEqualTo("Moving away"));

        // declining withdrew them from the panel; someone still seated cannot be erased
        var stillSeated = chosen(assembly).stream()
                .filter(id -> !id.equals(seated))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> respondentData.erase(organiser, assembly, stillSeated))
                .hasMessageContaining("privacy.erase.seated");

        respondentData.erase(organiser, assembly, seated);
        assertThat(pool.summaries(assembly, List.of(seated))).isEmpty();
        assertThat(jdbc.sql("select count(*) from confirmation.attempts where respondent_id = :r")
                        .param("r", seated.value())
                        .query(Integer.class)
                        .single())
                .isZero();
        // the draw still has their chance, under an id that leads nowhere
        assertThat(draws.people(organiser, assembly, first))
                .anySatisfy(p -> assertThat(p.respondent()).isEqualTo(seated));
        assertThat(auditActions(assembly)).contains("privacy.copy-made", "privacy.erased");
    }

    @Test
    void anotherAssemblysOrganiserCanNeitherCopyNorEraseNorSeeTheRetentionPage() {
        var open = drawnAssembly(6, 2);
        var stranger = fixture.assemblyWithPool(1).organiser().actor();
        var someone = pool.members(open.assembly()).get(0).id();
        assertThatThrownBy(() -> respondentData.copy(stranger, open.assembly(), someone))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
        assertThatThrownBy(() -> respondentData.erase(stranger, open.assembly(), someone))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
        assertThatThrownBy(() -> retention.status(stranger, open.assembly()))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
        assertThat(pool.members(open.assembly())).hasSize(6);
    }

    @Test
    void retentionPeriodsOutsideTheRangeAreRefused() {
        var open = fixture.assemblyWithPool(2);
        assertThatThrownBy(() -> retention.save(open.organiser().actor(), open.assembly(), -1))
                .hasMessageContaining("privacy.retention.days.range");
        assertThatThrownBy(() -> retention.save(open.organiser().actor(), open.assembly(), 3651))
                .hasMessageContaining("privacy.retention.days.range");
        assertThat(retention.status(open.organiser().actor(), open.assembly()).days())
                .isEqualTo(Retention.DEFAULT_DAYS);
    }

    @Test
    void withoutAssemblyDaysReservesAreKeptAtLeastTheMinimumAfterTheLastDraw() {
        var open = drawnAssembly(6, 2);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        retention.save(organiser, assembly, 0); // the assembly's day is in its calendar: deleting waits for it
        withDays(assembly, List.of()); // then the organisers take the days out

        var status = retention.status(organiser, assembly);
        var drawn = draws.all(assembly).get(0).finishedAt();
        assertThat(status.due()).isFalse();
        assertThat(status.purgeOn())
                .isEqualTo(drawn.atZone(java.time.ZoneId.of("Europe/London"))
                        .toLocalDate()
                        .plusDays(Retention.WITHOUT_DAYS_AT_LEAST));
        assertThat(retention.purgeIfDue(assembly)).isZero();
        assertThat(pool.members(assembly)).hasSize(6);

        assertThatThrownBy(() -> retention.save(organiser, assembly, 30))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("privacy.retention.days.no-calendar");
        retention.save(organiser, assembly, Retention.WITHOUT_DAYS_AT_LEAST);
        assertThat(retention.status(organiser, assembly).days()).isEqualTo(Retention.WITHOUT_DAYS_AT_LEAST);
    }

    private RegistrationFixture.Open drawnAssembly(int people, int panel) {
        var open = fixture.assemblyWithPool(people);
        fixture.anyPanel(open, panel);
        DrawId id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 7L, List.of()));
        fixture.awaitEnd(open.assembly(), id);
        return open;
    }

    private java.util.Set<RespondentId> chosen(AssemblyId assembly) {
        var first = draws.all(assembly).get(0).id();
        var panel = draws.panel(Actor.system(), assembly, first);
        var all = new java.util.HashSet<>(panel.seated());
        panel.withdrawals().stream().map(Withdrawal::respondent).forEach(all::add);
        return all;
    }

    private void assemblyWasLastMonth(AssemblyId assembly) {
        withDays(
                assembly,
                List.of(new AssemblyDay(
                        1, LocalDate.now().minusMonths(1), LocalTime.of(10, 0), LocalTime.of(16, 0), "Town Hall", "")));
    }

    private void withDays(AssemblyId assembly, List<AssemblyDay> days) {
        var view = assemblies.find(assembly).orElseThrow();
        var d = view.details();
        assemblies.update(
                Actor.system(),
                assembly,
                new AssemblyDetails(
                        d.title(),
                        d.question(),
                        d.description(),
                        d.commissioners(),
                        d.deliveryPartners(),
                        d.recruitmentPartners(),
                        days),
                view.version());
    }

    private List<java.util.UUID> mailingMessages(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select r.message_id from messaging.recipients r join messaging.mailings m on m.id = r.mailing_id
                where m.assembly_id = :a
                """)
                .param("a", assembly.value())
                .query(java.util.UUID.class)
                .list();
    }

    private int keptPeople(AssemblyId assembly) {
        return jdbc.sql("select count(distinct person) from recruitment.kept_answers where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    private List<String> auditActions(AssemblyId assembly) {
        return jdbc.sql("select action from audit.entries where assembly_id = :a")
                .param("a", assembly.value())
                .query(String.class)
                .list();
    }

    private static MailingText thanks() {
        return new MailingText("Thank you", "Dear {first_name}, thank you for registering.");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
