package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Residents follow an assembly's progress by e-mail: an address gets updates only after its owner confirms through
 * the e-mailed link, each update carries a link that ends the subscription and deletes the address, and the form
 * tells nobody whether an address is subscribed.
 */
@IntegrationTest
class SubscriptionsIntegrationTests {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    ProgressReports reports;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Setup(TestUser organiser, AssemblyId assembly, ActionId action) {}

    @Test
    void aSubscriberConfirmsGetsTheUpdatesAndLeavesWithOneClick() throws Exception {
        var setup = published("Follow");
        String email = "resident." + System.nanoTime() + "@example.org";
        mvc.perform(post("/public/assemblies/" + setup.assembly() + "/subscribe")
                        .with(csrf())
                        .param("email", " " + email.toUpperCase(Locale.ROOT) + " "))
                .andExpect(flash().attribute("notice", "accountability.subscribe.check-inbox"));
        var confirmation = outbox.awaitSent(email, 1);
        String link = Outbox.link(confirmation.body(), "/public/subscriptions/");
        String path = link.substring(link.indexOf("/public/"));
        // the stored copy of the message keeps no link; the token is not guessable from the address
        assertThat(outbox.awaitStored(email).body()).doesNotContain(path);

        // an update before confirming goes to nobody
        var posted = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        postUpdate(setup, "Course designed with twelve groups");
        // that update is mailed after its transaction, on another thread: let it go before the address is confirmed,
        // or a slow machine mails it to the address confirmed meanwhile
        awaitEventsHandled(posted);
        // opening the link (as a mail scanner would) changes nothing
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Yes, send me")));
        assertThat(subscriptions.byToken(token(path)).orElseThrow().confirmed()).isFalse();
        mvc.perform(post(path + "/confirm").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmed")));

        postUpdate(setup, "First hundred officers trained");
        var update = outbox.awaitSent(email, 2);
        assertThat(update.body())
                .contains("First hundred officers trained")
                .contains("On track")
                .doesNotContain("Course designed");
        String stop = Outbox.link(update.body(), "/public/subscriptions/");
        assertThat(stop).isEqualTo(link);

        mvc.perform(post(path + "/unsubscribe").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("your address has been deleted")));
        assertThat(jdbc.sql("select count(*) from accountability.subscribers where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path + "/unsubscribe").with(csrf())).andExpect(status().isNotFound());
        postUpdate(setup, "Every officer trained");
        Thread.sleep(500); // the listener runs after the commit; give it the time it took above
        assertThat(outbox.count(email)).isEqualTo(2);
    }

    @Test
    void theFormTellsNobodyWhoIsSubscribedAndCannotFloodAnInbox() throws Exception {
        var setup = published("Quiet");
        String email = "quiet." + System.nanoTime() + "@example.org";
        subscriptions.subscribe(setup.assembly(), email, Locale.ENGLISH, "192.0.2.40");
        String path = path(outbox.awaitSent(email, 1).body());
        subscriptions.confirm(token(path));
        // asking again for a confirmed address sends nothing, and the page says the same as for a new one
        mvc.perform(post("/public/assemblies/" + setup.assembly() + "/subscribe")
                        .with(csrf())
                        .param("email", email))
                .andExpect(flash().attribute("notice", "accountability.subscribe.check-inbox"));
        Thread.sleep(500);
        assertThat(outbox.count(email)).isEqualTo(1);
        // three requests a day for one address, whoever sends them
        subscriptions.subscribe(setup.assembly(), email, Locale.ENGLISH, "192.0.2.41");
        assertThatThrownBy(() -> subscriptions.subscribe(setup.assembly(), email, Locale.ENGLISH, "192.0.2.42"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("accountability.subscribe.wait");
        for (String bad : List.of("", "not-an-address", "a@b", "x@y.z\r\nBcc: victim@example.org")) {
            assertThatThrownBy(() -> subscriptions.subscribe(setup.assembly(), bad, Locale.ENGLISH, "192.0.2.43"))
                    .extracting(e -> ((InvalidInputException) e).messageKey())
                    .isEqualTo("accountability.subscribe.email-invalid");
        }
    }

    @Test
    void aPublishedProgressReportIsMailedToConfirmedSubscribersInTheirLanguageWithItsLink() throws Exception {
        var setup = published("Reported");
        var actor = setup.organiser().actor();
        String english = "reader." + System.nanoTime() + "@example.org";
        String urdu = "qari." + System.nanoTime() + "@example.org";
        String unconfirmed = "later." + System.nanoTime() + "@example.org";
        subscriptions.subscribe(setup.assembly(), english, Locale.ENGLISH, "192.0.2.50");
        subscriptions.confirm(token(path(outbox.awaitSent(english, 1).body())));
        subscriptions.subscribe(setup.assembly(), urdu, Locale.forLanguageTag("ur"), "192.0.2.51");
        subscriptions.confirm(token(path(outbox.awaitSent(urdu, 1).body())));
        subscriptions.subscribe(setup.assembly(), unconfirmed, Locale.ENGLISH, "192.0.2.52");
        outbox.awaitSent(unconfirmed, 1);
        responses.setResponseDue(actor, setup.assembly(), responses.today().minusMonths(4));
        var report = reports.prepare(actor, setup.assembly(), 1);
        reports.changeIntro(
                actor,
                setup.assembly(),
                report,
                "Training began in every ward.",
                reports.report(actor, setup.assembly(), report).report().version());

        reports.publish(actor, setup.assembly(), report);

        var mail = outbox.awaitSent(english, 2);
        assertThat(mail.header("Subject")).contains("progress report");
        assertThat(mail.body())
                .contains("Training began in every ward.")
                .contains("/public/assemblies/" + setup.assembly() + "/progress-reports/" + report);
        assertThat(Outbox.link(mail.body(), "/public/subscriptions/"))
                .as("the way to stop")
                .isNotBlank();
        assertThat(outbox.awaitSent(urdu, 2).body()).contains("پیش رفت کی نئی رپورٹ");
        // publishing again (a second click) sends nothing more; nor does anyone unconfirmed get it
        reports.publish(actor, setup.assembly(), report);
        Thread.sleep(500);
        assertThat(outbox.count(english)).isEqualTo(2);
        assertThat(outbox.count(unconfirmed)).isEqualTo(1);
    }

    @Test
    void nobodySubscribesToARecordThatIsNotPublished() {
        var organiser = fixtures.user("Unpublished Subscriptions Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Unpublished subscriptions"));
        assertThatThrownBy(() -> subscriptions.subscribe(assembly, "a@example.org", Locale.ENGLISH, "192.0.2.44"))
                .isInstanceOf(RecommendationNotFoundException.class);
        assertThat(subscriptions.byToken("x".repeat(43))).isEmpty();
        assertThat(subscriptions.confirm("short")).isFalse();
    }

    private void awaitEventsHandled(java.sql.Timestamp since) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(
                                "select count(*) from event_publication where completion_date is null and publication_date >= :t")
                        .param("t", since)
                        .query(Long.class)
                        .single()
                > 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("events still being handled after 30 s");
            }
            Thread.sleep(20);
        }
    }

    private void postUpdate(Setup setup, String text) {
        plan.postUpdate(setup.organiser().actor(), setup.assembly(), setup.action(), text, "", ActionStatus.ON_TRACK);
    }

    private static String path(String body) {
        String link = Outbox.link(body, "/public/subscriptions/");
        return link.substring(link.indexOf("/public/"));
    }

    private static String token(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Setup published(String name) {
        var organiser = fixtures.user(name + " Subscriptions Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " subscriptions"));
        var actor = organiser.actor();
        var recommendation = responses.add(actor, assembly, "Train every officer", "");
        var action = plan.add(actor, assembly, new ActionText("Training", "", "Police", "", List.of(recommendation)));
        responses.publish(actor, assembly, true);
        return new Setup(organiser, assembly, action);
    }
}
