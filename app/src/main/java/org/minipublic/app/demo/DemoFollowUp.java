package org.minipublic.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.followup.EventDetails;
import org.minipublic.app.followup.EventKind;
import org.minipublic.app.followup.FollowUpEvents;
import org.minipublic.app.followup.SignUps;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Follow-up events of the demo assembly: a resident panel a month ahead with a few places taken (synthetic names,
 * addresses at example.org) and a webinar held a fortnight ago; only when the assembly has no events yet.
 */
@Component
@Profile("demo")
class DemoFollowUp {

    private static final List<SignUps.Request> PEOPLE = List.of(
            new SignUps.Request("Priya Example", "priya.example@example.org", "Step-free access, please", true),
            new SignUps.Request("Tomasz Sample", "tomasz.sample@example.org", "Polish interpreter", true),
            new SignUps.Request("Grace Placeholder", "grace.placeholder@example.org", "", true));

    private final FollowUpEvents events;
    private final Clock clock;

    DemoFollowUp(FollowUpEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (!events.all(organiser, assembly).isEmpty()) {
            return;
        }
        var today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        var panelStart = today.plus(Duration.ofDays(30)).plus(Duration.ofHours(18));
        var panel = events.create(
                organiser,
                assembly,
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
        events.publish(organiser, assembly, panel);
        for (var person : PEOPLE) {
            events.addSignUp(organiser, assembly, panel, person, Locale.ENGLISH);
        }
        Instant webinarStart = today.minus(Duration.ofDays(14)).plus(Duration.ofHours(19));
        var webinar = events.create(
                organiser,
                assembly,
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
        events.publish(organiser, assembly, webinar);
    }
}
