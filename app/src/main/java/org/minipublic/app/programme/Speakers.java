package org.minipublic.app.programme;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The assembly's speakers and who speaks in which session. Names and biographies are personal data: the audit log
 * records ids and the perspective only.
 */
@Service
public class Speakers {

    static final int NAME_LIMIT = 200;
    static final int BIO_LIMIT = 4000;

    private final SpeakerRecords records;
    private final SessionRecords sessions;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Speakers(SpeakerRecords records, SessionRecords sessions, Identity identity, AuditLog audit, Clock clock) {
        this.records = records;
        this.sessions = sessions;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Speaker> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_PROGRAMME);
        return records.all(assembly);
    }

    /** @throws SpeakerNotFoundException when the assembly has no such speaker */
    @Transactional(readOnly = true)
    public Speaker speaker(Actor actor, AssemblyId assembly, SpeakerId id) {
        identity.require(actor, assembly, Permission.VIEW_PROGRAMME);
        return records.find(assembly, id).orElseThrow(() -> new SpeakerNotFoundException(id));
    }

    /** Each session's speakers, in name order, for the sessions that have any. */
    @Transactional(readOnly = true)
    public Map<SessionId, List<Speaker>> bySession(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_PROGRAMME);
        Map<SpeakerId, Speaker> known =
                records.all(assembly).stream().collect(Collectors.toMap(Speaker::id, Function.identity()));
        return records.bySession(assembly).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(known::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(Speaker::name, String.CASE_INSENSITIVE_ORDER))
                        .toList()));
    }

    /** @throws InvalidInputException naming the field that breaks a rule */
    @Transactional
    public SpeakerId add(Actor actor, AssemblyId assembly, SpeakerDetails details) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        check(details);
        var id = SpeakerId.random();
        records.insert(id, assembly, details, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "programme.speaker-added", "Speaker " + id)
                .withChange(null, details.perspective().name()));
        return id;
    }

    /** @throws InvalidInputException when a field breaks a rule or the speaker changed since {@code version} */
    @Transactional
    public void update(Actor actor, AssemblyId assembly, SpeakerId id, SpeakerDetails details, int version) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        speaker(actor, assembly, id);
        check(details);
        if (!records.update(assembly, id, details, version, clock.instant())) {
            throw new InvalidInputException("name", "programme.speaker.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "programme.speaker-changed", "Speaker " + id));
    }

    /** Removes a speaker and takes them off every session. */
    @Transactional
    public void remove(Actor actor, AssemblyId assembly, SpeakerId id) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        speaker(actor, assembly, id);
        records.delete(assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "programme.speaker-removed", "Speaker " + id));
    }

    /**
     * Makes these the session's speakers.
     *
     * @throws InvalidInputException when one of them is not a speaker of this assembly
     */
    @Transactional
    public void assign(Actor actor, AssemblyId assembly, SessionId session, Set<SpeakerId> speakers) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        if (sessions.find(assembly, session, Map.of()).isEmpty()) {
            throw new SessionNotFoundException(session);
        }
        var known = records.all(assembly).stream().map(Speaker::id).collect(Collectors.toSet());
        if (!known.containsAll(speakers)) {
            throw new InvalidInputException("speakers", "programme.session.speaker.unknown");
        }
        var before = new HashSet<>(records.bySession(assembly).getOrDefault(session, List.of()));
        if (before.equals(speakers)) {
            return;
        }
        records.assign(session, speakers);
        audit.record(AuditRecord.of(actor, assembly, "programme.speakers-assigned", "Session " + session)
                .withChange(before.size() + " speaker(s)", speakers.size() + " speaker(s)"));
    }

    private static void check(SpeakerDetails details) {
        if (details.name().isEmpty()) {
            throw new InvalidInputException("name", "programme.speaker.name.required");
        }
        if (details.name().length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "programme.speaker.too-long", NAME_LIMIT);
        }
        if (details.organisation().length() > NAME_LIMIT) {
            throw new InvalidInputException("organisation", "programme.speaker.too-long", NAME_LIMIT);
        }
        if (details.bio().length() > BIO_LIMIT) {
            throw new InvalidInputException("bio", "programme.speaker.too-long", BIO_LIMIT);
        }
    }
}
