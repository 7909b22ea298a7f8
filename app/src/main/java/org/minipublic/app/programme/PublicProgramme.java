package org.minipublic.app.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme as the public site shows it: each session's time, title and stage, and the speakers who agreed to be
 * named. Rooms, the team member leading a session and speakers who did not agree are left out.
 */
@Service
public class PublicProgramme {

    /** A speaker who agreed to their name, organisation and perspective being published. */
    public record NamedSpeaker(String name, String organisation, Perspective perspective) {}

    public record PublicSession(
            LocalDate day,
            int weekend,
            LocalTime startsAt,
            LocalTime endsAt,
            String title,
            Stage stage,
            List<NamedSpeaker> speakers) {}

    private final SessionRecords sessions;
    private final SpeakerRecords speakers;
    private final Assemblies assemblies;

    PublicProgramme(SessionRecords sessions, SpeakerRecords speakers, Assemblies assemblies) {
        this.sessions = sessions;
        this.speakers = speakers;
        this.assemblies = assemblies;
    }

    /** Every session in time order; none while the assembly is being planned (nothing is announced yet). */
    @Transactional(readOnly = true)
    public List<PublicSession> sessions(AssemblyId assembly) {
        var found = assemblies.find(assembly).filter(a -> a.status() != AssemblyStatus.PLANNING);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<SpeakerId, Speaker> consenting = new java.util.HashMap<>();
        speakers.all(assembly).stream()
                .filter(s -> s.details().consentToPublish())
                .forEach(s -> consenting.put(s.id(), s));
        var bySession = speakers.bySession(assembly);
        return sessions.all(assembly, Programme.weekends(found.get().details().days())).stream()
                .map(s -> new PublicSession(
                        s.details().day(),
                        s.weekend(),
                        s.details().startsAt(),
                        s.details().endsAt(),
                        s.title(),
                        s.details().stage(),
                        bySession.getOrDefault(s.id(), List.of()).stream()
                                .map(consenting::get)
                                .filter(Objects::nonNull)
                                .sorted(java.util.Comparator.comparing(Speaker::name, String.CASE_INSENSITIVE_ORDER))
                                .map(p -> new NamedSpeaker(
                                        p.name(),
                                        p.details().organisation(),
                                        p.details().perspective()))
                                .toList()))
                .toList();
    }
}
