package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.MovableClock;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders to action owners: before a milestone's due date, once per milestone and date; after a quiet period
 * without an update, once per period; never for a done action or one without an address; once even when the job
 * runs twice at the same moment. The owner's address is for staff only.
 */
@IntegrationTest
class OwnerRemindersIntegrationTests {

    @Autowired
    OwnerReminders reminders;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    record Setup(Actor actor, AssemblyId assembly, RecommendationId recommendation) {}

    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        var recommendation = responses.add(organiser.actor(), assembly, "Publish figures", "");
        return new Setup(organiser.actor(), assembly, recommendation);
    }

    private ActionId action(Setup setup, String title, String email) {
        return plan.add(
                setup.actor(),
                setup.assembly(),
                new ActionText(title, "", "Police", "", List.of(setup.recommendation()), email));
    }

    private static String address(String who) {
        return who + "." + System.nanoTime() + "@test.minipublic.org";
    }

    /** A clock starting now, at the start of today's day, so that whole days move it from date to date. */
    private static MovableClock today() {
        return new MovableClock(LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void aMilestoneIsRemindedOfOnceWithinTheDaysBeforeItsDueDateAndNotOnceDone() {
        var setup = setup("Milestone reminders");
        String owner = address("owner");
        var action = action(setup, "Figures online", owner);
        var clock = today();
        LocalDate start = LocalDate.now(clock);
        plan.addMilestone(setup.actor(), setup.assembly(), action, "First figures", start.plusDays(20));
        plan.addMilestone(setup.actor(), setup.assembly(), action, "Already done", start.plusDays(10));
        var done = plan.action(setup.actor(), setup.assembly(), action).milestones().stream()
                .filter(m -> m.title().equals("Already done"))
                .findFirst()
                .orElseThrow();
        plan.completeMilestone(setup.actor(), setup.assembly(), action, done.id());

        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).as("20 days before: not yet").isZero();
        clock.advance(Duration.ofDays(6));
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).as("14 days before").isEqualTo(1);
        var sent = outbox.awaitSent(owner);
        assertThat(sent.header("Subject")).contains("Figures online");
        assertThat(sent.body()).contains("First figures").contains("/actions/" + action);
        clock.advance(Duration.ofDays(3));
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).as("once per milestone and due date").isEqualTo(1);
        assertThat(reminders.lastSent(setup.actor(), setup.assembly())).containsKey(action);
    }

    @Test
    void aQuietActionIsRemindedOncePerPeriodAndNeverOnceDoneOrWithoutAnAddress() {
        var setup = setup("Quiet reminders");
        String owner = address("quiet");
        String finisher = address("finisher");
        var quiet = action(setup, "Outreach officers", owner);
        var finished = action(setup, "Finished", finisher);
        action(setup, "No address", "");
        plan.postUpdate(setup.actor(), setup.assembly(), finished, "All done", "", ActionStatus.DONE);
        reminders.changeSettings(setup.actor(), setup.assembly(), new ReminderSettings(14, 30));
        var clock = today();

        clock.advance(Duration.ofDays(29));
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).isZero();
        clock.advance(Duration.ofDays(1));
        reminders.sendDue(clock);
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).as("30 days without an update, once").isEqualTo(1);
        assertThat(outbox.awaitSent(owner).body()).contains("Outreach officers").contains("30 days");
        clock.advance(Duration.ofDays(29));
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        reminders.sendDue(clock);
        assertThat(outbox.count(owner)).as("one period later, again").isEqualTo(2);
        // an update starts the count again
        plan.postUpdate(setup.actor(), setup.assembly(), quiet, "Recruiting", "", ActionStatus.ON_TRACK);
        var afterUpdate = new MovableClock(Instant.now());
        afterUpdate.advance(Duration.ofDays(20));
        reminders.sendDue(afterUpdate);
        assertThat(outbox.count(owner)).isEqualTo(2);
        assertThat(outbox.count(finisher)).as("a done action is never reminded").isZero();
    }

    @Test
    void twoNodesRunningAtOnceSendEachReminderOnce() throws Exception {
        var setup = setup("Concurrent reminders");
        String owner = address("concurrent");
        action(setup, "Training", owner);
        var clock = today();
        clock.advance(Duration.ofDays(91));
        var barrier = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            reminders.sendDue(clock);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run))
                .get();
        assertThat(outbox.count(owner)).isEqualTo(1);
    }

    @Test
    void theOwnersAddressIsCheckedAndShownToStaffOnly() throws Exception {
        var setup = setup("Owner address");
        assertThatThrownBy(() -> action(setup, "Bad", "not an address"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerEmail"));
        String owner = address("shown");
        var action = action(setup, "Figures online", owner);
        var assembly = setup.assembly();
        var officer = user(fixtures.userWithRole("Owner Address Officer", assembly, AssemblyRole.INSTITUTION_OFFICER)
                .principal());
        mvc.perform(get("/assemblies/" + assembly + "/actions/" + action + "?lang=ur")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(owner)))
                .andExpect(content().string(containsString("ابھی کوئی یاد دہانی نہیں بھیجی گئی۔")));
        mvc.perform(get("/assemblies/" + assembly + "/actions?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اقدامات کے ذمہ داروں کو یاد دہانیاں")));
        mvc.perform(post("/assemblies/" + assembly + "/actions/reminders")
                        .with(officer)
                        .with(csrf())
                        .param("daysBefore", "0")
                        .param("quietDays", "90"))
                .andExpect(flash().attribute("problem", "accountability.reminders.days-before-range"));
        mvc.perform(post("/assemblies/" + assembly + "/actions/reminders")
                        .with(officer)
                        .with(csrf())
                        .param("daysBefore", "7")
                        .param("quietDays", "60"))
                .andExpect(flash().attribute("notice", "accountability.reminders.saved"));
        assertThat(reminders.settings(setup.actor(), assembly)).isEqualTo(new ReminderSettings(7, 60));

        responses.publish(setup.actor(), assembly, true);
        for (String path : List.of(
                "/public/assemblies/" + assembly + "/accountability",
                "/public/assemblies/" + assembly + "/actions.csv",
                "/api/v1/assemblies/" + assembly + "/actions")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(owner))));
        }
    }
}
