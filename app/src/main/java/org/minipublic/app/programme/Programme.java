package org.minipublic.app.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's programme: reading, adding, changing and removing its sessions. A session falls on one of the
 * assembly's days, inside its hours, and overlaps no other session that day. Every change is audited.
 */
@Service
public class Programme {

    static final int TITLE_LIMIT = 200;
    static final int ROOM_LIMIT = 200;

    /** The roles whose holders can lead a session. */
    public static final Set<AssemblyRole> LEADS = Set.of(AssemblyRole.ORGANISER, AssemblyRole.FACILITATOR);

    private final SessionRecords records;
    private final Speakers speakers;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programme(
            SessionRecords records,
            Speakers speakers,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.speakers = speakers;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The assembly's days, in date order, on which sessions can be held. */
    @Transactional(readOnly = true)
    public List<AssemblyDay> days(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .orElseThrow(() -> new AssemblyNotFoundException(assembly))
                .details()
                .days();
    }

    /** Every session of the assembly, in time order. */
    @Transactional(readOnly = true)
    public List<ProgrammeSession> sessions(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_PROGRAMME);
        return records.all(assembly, weekends(days(assembly)));
    }

    /**
     * One session.
     *
     * @throws SessionNotFoundException when the assembly has no such session
     */
    @Transactional(readOnly = true)
    public ProgrammeSession session(Actor actor, AssemblyId assembly, SessionId id) {
        identity.require(actor, assembly, Permission.VIEW_PROGRAMME);
        return records.find(assembly, id, weekends(days(assembly))).orElseThrow(() -> new SessionNotFoundException(id));
    }

    /**
     * Adds a session.
     *
     * @throws InvalidInputException naming the field when the session breaks a rule
     */
    @Transactional
    public SessionId add(Actor actor, AssemblyId assembly, SessionDetails details) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        check(assembly, null, details);
        var id = SessionId.random();
        records.insert(id, assembly, details, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "programme.session-added", "Session " + id)
                .withChange(null, summary(details)));
        return id;
    }

    /**
     * Saves a change, unless someone else saved the session since {@code version} was read.
     *
     * @throws InvalidInputException naming the field when the session breaks a rule or changed in the meantime
     */
    @Transactional
    public void update(Actor actor, AssemblyId assembly, SessionId id, SessionDetails details, int version) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        var before = session(actor, assembly, id);
        check(assembly, id, details);
        if (!records.update(assembly, id, details, version, clock.instant())) {
            throw new InvalidInputException("title", "programme.session.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "programme.session-changed", "Session " + id)
                .withChange(summary(before.details()), summary(details)));
    }

    /** Adds a session with its speakers and lead, in one transaction. */
    @Transactional
    public SessionId add(Actor actor, AssemblyId assembly, SessionDetails details, SessionPeople people) {
        var id = add(actor, assembly, details);
        assignPeople(actor, assembly, id, people);
        return id;
    }

    /** Saves a change to a session, its speakers and its lead, in one transaction. */
    @Transactional
    public void update(
            Actor actor, AssemblyId assembly, SessionId id, SessionDetails details, int version, SessionPeople people) {
        update(actor, assembly, id, details, version);
        assignPeople(actor, assembly, id, people);
    }

    /** Removes a session and, through {@link SessionRemoved}, what was planned for it. */
    @Transactional
    public void remove(Actor actor, AssemblyId assembly, SessionId id) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        var before = session(actor, assembly, id);
        records.delete(assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "programme.session-removed", "Session " + id)
                .withChange(summary(before.details()), null));
        events.publishEvent(new SessionRemoved(assembly, id));
    }

    private void assignPeople(Actor actor, AssemblyId assembly, SessionId id, SessionPeople people) {
        speakers.assign(actor, assembly, id, people.speakers());
        var lead = people.lead();
        if (lead != null) {
            var role = identity.roleIn(lead, assembly);
            if (role.isEmpty() || !LEADS.contains(role.get())) {
                throw new InvalidInputException("lead", "programme.session.lead.unknown");
            }
        }
        records.setLead(id, lead);
    }

    private void check(AssemblyId assembly, @org.jspecify.annotations.Nullable SessionId self, SessionDetails details) {
        if (details.title().isEmpty()) {
            throw new InvalidInputException("title", "programme.session.title.required");
        }
        if (details.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "programme.session.title.too-long", TITLE_LIMIT);
        }
        if (details.room().length() > ROOM_LIMIT) {
            throw new InvalidInputException("room", "programme.session.room.too-long", ROOM_LIMIT);
        }
        var days = days(assembly);
        var day = days.stream().filter(d -> d.date().equals(details.day())).findFirst();
        if (day.isEmpty()) {
            throw new InvalidInputException("day", "programme.session.day.unknown");
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InvalidInputException("endsAt", "programme.session.ends-before-start");
        }
        if (details.startsAt().isBefore(day.get().startsAt())
                || details.endsAt().isAfter(day.get().endsAt())) {
            throw new InvalidInputException(
                    "startsAt",
                    "programme.session.outside-day",
                    day.get().startsAt(),
                    day.get().endsAt());
        }
        for (var other : records.all(assembly, weekends(days))) {
            if (!other.id().equals(self) && other.details().overlaps(details)) {
                throw new InvalidInputException(
                        "startsAt",
                        "programme.session.overlaps",
                        other.title(),
                        other.details().startsAt(),
                        other.details().endsAt());
            }
        }
    }

    static Map<LocalDate, Integer> weekends(List<AssemblyDay> days) {
        return days.stream().collect(Collectors.toMap(AssemblyDay::date, AssemblyDay::weekend));
    }

    /** What the audit log shows of a session: when, and its stage; titles are kept out as free text. */
    private static String summary(SessionDetails details) {
        return details.day() + " " + details.startsAt() + "–" + details.endsAt() + " " + details.stage();
    }
}
