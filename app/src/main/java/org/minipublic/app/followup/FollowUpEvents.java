package org.minipublic.app.followup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up events as staff plan them: whoever may run the action plan creates, changes, publishes, cancels and
 * deletes (while still a draft) an assembly's events, and sees who signed up. Every change is audited.
 */
@Service
public class FollowUpEvents {

    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 4000;
    static final int PLACE_LIMIT = 400;
    static final int URL_LIMIT = 500;

    private final EventRecords events;
    private final SignUpRecords signUps;
    private final EventMails mails;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpEvents(
            EventRecords events,
            SignUpRecords signUps,
            EventMails mails,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.events = events;
        this.signUps = signUps;
        this.mails = mails;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every event of the assembly, soonest first. */
    @Transactional(readOnly = true)
    public List<Event> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return events.all(assembly);
    }

    /**
     * One event.
     *
     * @throws EventNotFoundException when the assembly has no such event
     */
    @Transactional(readOnly = true)
    public Event event(Actor actor, AssemblyId assembly, EventId id) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return events.find(assembly, id).orElseThrow(() -> new EventNotFoundException(id));
    }

    /** The confirmed sign-ups, with names, addresses and access needs: only for those who run the event. */
    @Transactional(readOnly = true)
    public List<SignUp> signUps(Actor actor, AssemblyId assembly, EventId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        event(actor, assembly, id);
        return signUps.confirmed(id);
    }

    /** Adds an event as a draft. */
    @Transactional
    public EventId create(Actor actor, AssemblyId assembly, EventDetails details) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var clean = check(details);
        var id = EventId.random();
        events.insert(id, assembly, clean, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "followup.event-created", "Event " + id)
                .withChange(null, describe(clean)));
        return id;
    }

    /** Changes an event unless someone else changed it since {@code version}; a cancelled event stays as it was. */
    @Transactional
    public void change(Actor actor, AssemblyId assembly, EventId id, EventDetails details, int version) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var before = event(actor, assembly, id);
        var clean = check(details);
        if (!events.update(id, clean, version)) {
            throw new InvalidInputException("title", "followup.event.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "followup.event-changed", "Event " + id)
                .withChange(describe(before.details()), describe(clean)));
    }

    /** Puts a draft on the public site, where residents may sign up. */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, EventId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        event(actor, assembly, id);
        if (!events.move(id, EventStatus.DRAFT, EventStatus.PUBLISHED)) {
            throw new InvalidInputException("status", "followup.event.not-draft");
        }
        audit.record(AuditRecord.of(actor, assembly, "followup.event-published", "Event " + id));
    }

    /** Calls a published event off and tells everyone who signed up (confirmed) by e-mail. */
    @Transactional
    public int cancel(Actor actor, AssemblyId assembly, EventId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var event = event(actor, assembly, id);
        if (!events.move(id, EventStatus.PUBLISHED, EventStatus.CANCELLED)) {
            throw new InvalidInputException("status", "followup.event.not-published");
        }
        var told = signUps.confirmed(id);
        told.forEach(signUp -> mails.cancelled(event, signUp));
        audit.record(AuditRecord.of(actor, assembly, "followup.event-cancelled", "Event " + id)
                .withChange(null, told.size() + " sign-ups told"));
        return told.size();
    }

    /** Deletes an event that was never published. */
    @Transactional
    public void delete(Actor actor, AssemblyId assembly, EventId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var event = event(actor, assembly, id);
        if (!events.deleteDraft(id)) {
            throw new InvalidInputException("status", "followup.event.not-draft");
        }
        audit.record(AuditRecord.of(actor, assembly, "followup.event-deleted", "Event " + id)
                .withChange(describe(event.details()), null));
    }

    /**
     * Records a place taken for someone by phone or in person, confirmed at once (they gave their details to the
     * team, not through the form). Nothing is sent to them; the place counts against the capacity.
     *
     * @throws InvalidInputException naming the field, when the details are not filled in properly or the event is
     *     full or not published
     */
    @Transactional
    public void addSignUp(Actor actor, AssemblyId assembly, EventId id, SignUps.Request request, Locale language) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        event(actor, assembly, id);
        var clean = SignUps.check(request);
        var event = events.lock(id).orElseThrow();
        if (event.status() != EventStatus.PUBLISHED || event.full()) {
            throw new InvalidInputException("name", event.full() ? "followup.sign-up.full" : "followup.sign-up.closed");
        }
        var signUp = new SignUp(
                java.util.UUID.randomUUID(),
                id,
                clean.name(),
                clean.email(),
                clean.accessNeeds(),
                org.minipublic.app.shared.Languages.supportedOrEnglish(language).toLanguageTag(),
                SignUps.token(),
                false,
                clock.instant());
        if (!signUps.insert(signUp)) {
            throw new InvalidInputException("email", "followup.sign-up.already");
        }
        signUps.confirm(signUp.token());
        audit.record(AuditRecord.of(actor, assembly, "followup.sign-up-added", "Event " + id));
    }

    private static String describe(EventDetails details) {
        return details.title() + " (" + details.kind() + ", " + details.startsAt() + " to " + details.endsAt()
                + (details.capacity() == null ? "" : ", " + details.capacity() + " places") + ")";
    }

    /** The details with text trimmed, or the first problem, naming its field. */
    static EventDetails check(EventDetails details) {
        String title = details.title().strip();
        String description = details.description().strip();
        String place = details.place().strip();
        String url = details.joinUrl().strip();
        if (title.isEmpty() || title.length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "followup.event.title-length", TITLE_LIMIT);
        }
        if (description.length() > TEXT_LIMIT) {
            throw new InvalidInputException("description", "followup.event.description-length", TEXT_LIMIT);
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InvalidInputException("ends", "followup.event.ends-before-start");
        }
        if (details.signUpsClose().isAfter(details.endsAt())) {
            throw new InvalidInputException("closes", "followup.event.closes-after-end");
        }
        if (place.length() > PLACE_LIMIT) {
            throw new InvalidInputException("place", "followup.event.place-length", PLACE_LIMIT);
        }
        if (!url.isEmpty() && !web(url)) {
            throw new InvalidInputException("joinUrl", "followup.event.url-invalid", URL_LIMIT);
        }
        if (place.isEmpty() && url.isEmpty()) {
            throw new InvalidInputException("place", "followup.event.place-missing");
        }
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > 100_000)) {
            throw new InvalidInputException("capacity", "followup.event.capacity-range");
        }
        return new EventDetails(
                title,
                details.kind(),
                description,
                details.startsAt(),
                details.endsAt(),
                place,
                url,
                details.capacity(),
                details.signUpsClose());
    }

    private static boolean web(String url) {
        if (url.length() > URL_LIMIT) {
            return false;
        }
        try {
            var uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
