package org.minipublic.app.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-up events through their facades: staff create, publish, change and cancel them (audited); residents sign up
 * with double opt-in, limited per client and per address, within the capacity (the last place goes to one person),
 * cancel with the e-mailed link; unconfirmed requests expire and every sign-up is deleted after the keeping time.
 */
@IntegrationTest
class FollowUpIntegrationTests {

    @Autowired
    FollowUpEvents events;

    @Autowired
    SignUps signUps;

    @Autowired
    SignUpPurgeJob purge;

    @Autowired
    Responses responses;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    record Setup(TestUser organiser, AssemblyId assembly) {}

    @Test
    void staffCreatePublishChangeAndCancelAnEventAndEveryoneSignedUpIsTold() {
        var setup = published("Lifecycle");
        var actor = setup.organiser().actor();
        var id = events.create(actor, setup.assembly(), panel("Resident panel", null));
        assertThat(events.event(actor, setup.assembly(), id).status()).isEqualTo(EventStatus.DRAFT);
        // a draft is not on the public site
        assertThat(signUps.publicEvents(setup.assembly())).isEmpty();
        events.publish(actor, setup.assembly(), id);
        assertThat(signUps.publicEvents(setup.assembly())).extracting(Event::id).containsExactly(id);
        // published events are not deleted, only cancelled
        assertThatThrownBy(() -> events.delete(actor, setup.assembly(), id))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("followup.event.not-draft");

        var event = events.event(actor, setup.assembly(), id);
        events.change(actor, setup.assembly(), id, panel("Resident panel: one year on", 20), event.version());
        // a second change from the same stale form is refused
        assertThatThrownBy(() -> events.change(actor, setup.assembly(), id, panel("Someone else", 20), event.version()))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("followup.event.changed-meanwhile");

        String email = confirmedSignUp(setup.assembly(), id, "192.0.2.60");
        assertThat(events.cancel(actor, setup.assembly(), id)).isEqualTo(1);
        var told = outbox.awaitSent(email, 3);
        assertThat(told.body()).contains("Resident panel: one year on").contains("cancelled");
        assertThat(signUps.publicEvent(setup.assembly(), id).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(signUps.publicEvent(setup.assembly(), id).open(Instant.now()))
                .isFalse();

        var draft = events.create(actor, setup.assembly(), panel("Never held", null));
        events.delete(actor, setup.assembly(), draft);
        assertThat(events.all(actor, setup.assembly())).extracting(Event::id).containsExactly(id);
        assertThat(jdbc.sql("select action from audit.entries where assembly_id = :a and action like 'followup.%'")
                        .param("a", setup.assembly().value())
                        .query(String.class)
                        .list())
                .contains(
                        "followup.event-created",
                        "followup.event-published",
                        "followup.event-changed",
                        "followup.event-cancelled",
                        "followup.event-deleted");
    }

    @Test
    void badDetailsAreRefusedNamingTheField() {
        var setup = published("Checks");
        var actor = setup.organiser().actor();
        var start = Instant.now().plus(10, ChronoUnit.DAYS);
        record Case(EventDetails details, String field) {}
        var cases = List.of(
                new Case(details(" ", start, start.plusSeconds(3600), "Hall", "", null, null), "title"),
                new Case(details("T", start, start, "Hall", "", null, null), "ends"),
                new Case(details("T", start, start.plusSeconds(60), "", "", null, null), "place"),
                new Case(details("T", start, start.plusSeconds(60), "", "javascript:alert(1)", null, null), "joinUrl"),
                new Case(details("T", start, start.plusSeconds(60), "", "ftp://example.org/x", null, null), "joinUrl"),
                new Case(details("T", start, start.plusSeconds(60), "Hall", "", 0, null), "capacity"),
                new Case(
                        details("T", start, start.plusSeconds(60), "Hall", "", null, start.plusSeconds(120)),
                        "closes"));
        for (var c : cases) {
            assertThatThrownBy(() -> events.create(actor, setup.assembly(), c.details()))
                    .as(c.field())
                    .extracting(e -> ((InvalidInputException) e).field())
                    .isEqualTo(c.field());
        }
        var online = events.create(
                actor,
                setup.assembly(),
                details("Webinar", start, start.plusSeconds(3600), "", " https://meet.example.org/x ", null, null));
        assertThat(events.event(actor, setup.assembly(), online).details().online())
                .isTrue();
    }

    @Test
    void aPlaceIsHeldOnlyAfterTheButtonAndTheCancelLinkDeletesTheSignUp() {
        var setup = published("Opt in");
        var id = publishedEvent(setup, null);
        String email = "resident." + System.nanoTime() + "@example.org";
        signUps.signUp(
                setup.assembly(),
                id,
                new SignUps.Request("Ada Resident", " " + email.toUpperCase(Locale.ROOT), "Step-free access", true),
                Locale.ENGLISH,
                "192.0.2.61");
        var mail = outbox.awaitSent(email, 1);
        String token = token(mail.body());
        assertThat(outbox.awaitStored(email).body()).doesNotContain(token);
        var signUp = signUps.byToken(token).orElseThrow();
        assertThat(signUp.confirmed()).isFalse();
        assertThat(signUp.email()).isEqualTo(email);
        assertThat(events.signUps(setup.organiser().actor(), setup.assembly(), id))
                .isEmpty();
        assertThat(signUps.publicEvent(setup.assembly(), id).confirmed()).isZero();

        assertThat(signUps.confirm(token)).isEqualTo(SignUps.Outcome.CONFIRMED);
        var held = outbox.awaitSent(email, 2);
        assertThat(held.body()).contains("Town hall").contains(token);
        assertThat(events.signUps(setup.organiser().actor(), setup.assembly(), id))
                .extracting(SignUp::name, SignUp::accessNeeds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Resident", "Step-free access"));

        // asking again for a confirmed address sends nothing
        signUps.signUp(setup.assembly(), id, new SignUps.Request("Ada", email, "", true), Locale.ENGLISH, "192.0.2.62");
        assertThat(signUps.cancel(token)).isTrue();
        assertThat(jdbc.sql("select count(*) from followup.sign_ups where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(signUps.confirm(token)).isEqualTo(SignUps.Outcome.GONE);
        assertThat(signUps.cancel(token)).isFalse();
        assertThat(outbox.count(email)).isEqualTo(2);
    }

    @Test
    void theFormIsLimitedPerAddressAndPerClientAndChecksWhatIsTyped() {
        var setup = published("Limits");
        var id = publishedEvent(setup, null);
        String email = "limited." + System.nanoTime() + "@example.org";
        var request = new SignUps.Request("Ben", email, "", true);
        signUps.signUp(setup.assembly(), id, request, Locale.ENGLISH, "192.0.2.63");
        signUps.signUp(setup.assembly(), id, request, Locale.ENGLISH, "192.0.2.64");
        signUps.signUp(setup.assembly(), id, request, Locale.ENGLISH, "192.0.2.65");
        assertThatThrownBy(() -> signUps.signUp(setup.assembly(), id, request, Locale.ENGLISH, "192.0.2.66"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("followup.sign-up.wait");
        // a second request before confirming replaces the link: only the newest works
        String first = token(outbox.awaitSent(email, 1).body());
        String last = token(outbox.awaitSent(email, 3).body());
        assertThat(signUps.byToken(first)).isEmpty();
        assertThat(signUps.byToken(last)).isPresent();

        String client = "192.0.2.67";
        for (int i = 0; i < 10; i++) {
            signUps.signUp(
                    setup.assembly(),
                    id,
                    new SignUps.Request("C", "client" + i + "." + System.nanoTime() + "@example.org", "", true),
                    Locale.ENGLISH,
                    client);
        }
        assertThatThrownBy(() -> signUps.signUp(
                        setup.assembly(),
                        id,
                        new SignUps.Request("C", "eleventh." + System.nanoTime() + "@example.org", "", true),
                        Locale.ENGLISH,
                        client))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("followup.sign-up.wait");

        record Case(SignUps.Request request, String field) {}
        for (var c : List.of(
                new Case(new SignUps.Request(" ", "a@example.org", "", true), "name"),
                new Case(new SignUps.Request("A", "not-an-address", "", true), "email"),
                new Case(new SignUps.Request("A", "x@y.z\r\nBcc: v@example.org", "", true), "email"),
                new Case(new SignUps.Request("A", "a@example.org", "x".repeat(501), true), "accessNeeds"),
                new Case(new SignUps.Request("A", "a@example.org", "", false), "consent"))) {
            assertThatThrownBy(() -> signUps.signUp(setup.assembly(), id, c.request(), Locale.ENGLISH, "192.0.2.68"))
                    .as(c.field())
                    .extracting(e -> ((InvalidInputException) e).field())
                    .isEqualTo(c.field());
        }
    }

    @Test
    void twoConfirmationsRacingForTheLastPlaceGiveItToOne() throws Exception {
        var setup = published("Race");
        var id = publishedEvent(setup, 1);
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            String email = "racer" + i + "." + System.nanoTime() + "@example.org";
            signUps.signUp(
                    setup.assembly(),
                    id,
                    new SignUps.Request("Racer " + i, email, "", true),
                    Locale.ENGLISH,
                    "192.0.2." + (70 + i));
            tokens.add(token(outbox.awaitSent(email, 1).body()));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<SignUps.Outcome>> jobs = tokens.stream()
                    .<Callable<SignUps.Outcome>>map(t -> () -> {
                        start.await();
                        return signUps.confirm(t);
                    })
                    .toList();
            var futures = jobs.stream().map(pool::submit).toList();
            start.countDown();
            var outcomes = new ArrayList<SignUps.Outcome>();
            for (var f : futures) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(SignUps.Outcome.CONFIRMED, SignUps.Outcome.FULL);
        } finally {
            pool.shutdownNow();
        }
        var event = signUps.publicEvent(setup.assembly(), id);
        assertThat(event.confirmed()).isEqualTo(1);
        assertThat(event.full()).isTrue();
        // a full event takes no more requests
        assertThatThrownBy(() -> signUps.signUp(
                        setup.assembly(),
                        id,
                        new SignUps.Request("Late", "late." + System.nanoTime() + "@example.org", "", true),
                        Locale.ENGLISH,
                        "192.0.2.72"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("followup.sign-up.full");
    }

    @Test
    void unconfirmedLinksExpireAndSignUpsAreDeletedAfterTheKeepingTime() {
        var setup = published("Purge");
        var id = publishedEvent(setup, null);
        String stale = "stale." + System.nanoTime() + "@example.org";
        signUps.signUp(setup.assembly(), id, new SignUps.Request("S", stale, "", true), Locale.ENGLISH, "192.0.2.73");
        String staleToken = token(outbox.awaitSent(stale, 1).body());
        jdbc.sql("update followup.sign_ups set created_at = created_at - interval '49 hours' where token = :t")
                .param("t", staleToken)
                .update();
        assertThat(signUps.byToken(staleToken)).isEmpty();
        assertThat(signUps.confirm(staleToken)).isEqualTo(SignUps.Outcome.GONE);

        String kept = confirmedSignUp(setup.assembly(), id, "192.0.2.74");
        var recent = publishedEvent(setup, null);
        String recentEmail = confirmedSignUp(setup.assembly(), recent, "192.0.2.75");
        // the first event ended 31 days ago, the second 29 days ago
        moveToThePast(id, 31);
        moveToThePast(recent, 29);
        purge.runOnce();
        assertThat(count(stale)).isZero();
        assertThat(count(kept)).isZero();
        assertThat(count(recentEmail)).isEqualTo(1);
        // the events themselves stay, as past events
        assertThat(signUps.publicEvents(setup.assembly())).hasSize(2);
    }

    private long count(String email) {
        return jdbc.sql("select count(*) from followup.sign_ups where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private void moveToThePast(EventId id, int daysSinceEnd) {
        jdbc.sql(
                        """
                update followup.events set
                    starts_at = now() - make_interval(days => :d) - interval '2 hours',
                    closes_at = now() - make_interval(days => :d) - interval '2 hours',
                    ends_at = now() - make_interval(days => :d)
                where id = :id
                """)
                .param("d", daysSinceEnd)
                .param("id", id.value())
                .update();
    }

    private String confirmedSignUp(AssemblyId assembly, EventId id, String client) {
        String email = "confirmed." + System.nanoTime() + "@example.org";
        signUps.signUp(assembly, id, new SignUps.Request("Cara", email, "", true), Locale.ENGLISH, client);
        assertThat(signUps.confirm(token(outbox.awaitSent(email, 1).body()))).isEqualTo(SignUps.Outcome.CONFIRMED);
        outbox.awaitSent(email, 2);
        return email;
    }

    static String token(String body) {
        String link = Outbox.link(body, "/public/event-sign-ups/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private EventId publishedEvent(Setup setup, @Nullable Integer capacity) {
        var id = events.create(setup.organiser().actor(), setup.assembly(), panel("Panel", capacity));
        events.publish(setup.organiser().actor(), setup.assembly(), id);
        return id;
    }

    static EventDetails panel(String title, @Nullable Integer capacity) {
        var start = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.MINUTES);
        return details(title, start, start.plus(Duration.ofHours(2)), "Town hall", "", capacity, null);
    }

    private static EventDetails details(
            String title,
            Instant start,
            Instant end,
            String place,
            String url,
            @Nullable Integer capacity,
            @Nullable Instant closes) {
        return new EventDetails(title, EventKind.RESIDENT_PANEL, "", start, end, place, url, capacity, closes);
    }

    private Setup published(String name) {
        var organiser = fixtures.user(name + " Follow-up Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " follow-up"));
        responses.add(organiser.actor(), assembly, "Train every officer", "");
        responses.publish(organiser.actor(), assembly, true);
        return new Setup(organiser, assembly);
    }
}
