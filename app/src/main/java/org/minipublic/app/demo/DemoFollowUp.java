package org.minipublic.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.followup.EventDetails;
import org.minipublic.app.followup.EventKind;
import org.minipublic.app.followup.FollowUpEvents;
import org.minipublic.app.followup.SignUps;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.shared.Actor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up events of the demo assembly: a resident panel a month ahead with a few places taken (synthetic names,
 * addresses at example.org) and a webinar held a fortnight ago. Loaded once the rest of the demo is (after every
 * runner, so after {@link DemoDataLoader}), and only when the assembly has no events yet.
 */
@Component
@Profile("demo")
class DemoFollowUp {

    private static final List<SignUps.Request> PEOPLE = List.of(
            new SignUps.Request("Priya Example", "priya.example@example.org", "Step-free access, please", true),
            new SignUps.Request("Tomasz Sample", "tomasz.sample@example.org", "Polish interpreter", true),
            new SignUps.Request("Grace Placeholder", "grace.placeholder@example.org", "", true));

    private final Assemblies assemblies;
    private final Accounts accounts;
    private final FollowUpEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFollowUp(
            Assemblies assemblies,
            Accounts accounts,
            FollowUpEvents events,
            TransactionTemplate transaction,
            Clock clock) {
        this.assemblies = assemblies;
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        var assembly = assemblies.findByTitle(DemoAssembly.TITLE);
        if (assembly.isEmpty()) {
            return;
        }
        var organiser = organiser();
        if (!events.all(organiser, assembly.get()).isEmpty()) {
            return;
        }
        var today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        var panelStart = today.plus(Duration.ofDays(30)).plus(Duration.ofHours(18));
        var panel = events.create(
                organiser,
                assembly.get(),
                new EventDetails(
                        "Resident panel: six months of the action plan",
                        EventKind.RESIDENT_PANEL,
                        "The police and the council report on each action and answer your questions. Tea from"
                                + " 18:00; the hall has step-free access and a hearing loop.",
                        panelStart,
                        panelStart.plus(Duration.ofHours(2)),
                        "Walthamstow Town Hall, Forest Road, London E17 4JF",
                        "",
                        40,
                        null));
        events.publish(organiser, assembly.get(), panel);
        for (var person : PEOPLE) {
            events.addSignUp(organiser, assembly.get(), panel, person, Locale.ENGLISH);
        }
        Instant webinarStart = today.minus(Duration.ofDays(14)).plus(Duration.ofHours(19));
        var webinar = events.create(
                organiser,
                assembly.get(),
                new EventDetails(
                        "Webinar: the institution's response explained",
                        EventKind.WEBINAR,
                        "A one-hour online session on the response to each recommendation.",
                        webinarStart,
                        webinarStart.plus(Duration.ofHours(1)),
                        "",
                        "https://meet.example.org/demo-webinar",
                        null,
                        null));
        events.publish(organiser, assembly.get(), webinar);
    }

    private Actor organiser() {
        var user = DemoUsers.ALL.stream()
                .filter(u -> u.role() == AssemblyRole.ORGANISER)
                .findFirst()
                .orElseThrow();
        return Actor.user(accounts.findByEmail(Actor.system(), user.email()).orElseThrow(), user.name());
    }
}
