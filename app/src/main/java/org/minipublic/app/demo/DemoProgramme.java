package org.minipublic.app.demo;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Team;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.Responsibilities;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.SessionPeople;
import org.minipublic.app.programme.SpeakerDetails;
import org.minipublic.app.programme.SpeakerId;
import org.minipublic.app.programme.Speakers;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo assembly's programme over its three weekends, shaped like the Waltham Forest assembly's: the first weekend
 * learns and first deliberates, the second hears lived experience and drafts, the third finalises and votes.
 */
@Component
@Profile("demo")
class DemoProgramme {

    private static final String HALL = "Main hall";

    /** Per day (in date order), its sessions: start, end, title, stage. */
    private static final Object[][][] DAYS = {
        {
            {"10:00", "10:45", "Welcome: what a citizens' assembly is and how we will work", Stage.OTHER},
            {"10:45", "12:00", "Evidence: policing and safety in the borough today", Stage.LEARN},
            {"12:45", "14:15", "Table discussion: what we heard and what we want to know", Stage.DELIBERATE},
            {"14:30", "16:00", "Table discussion: trust between the police and communities", Stage.DELIBERATE},
            {"16:00", "16:30", "Reflections and close", Stage.OTHER}
        },
        {
            {"10:00", "11:30", "Evidence: stop and search, complaints and accountability", Stage.LEARN},
            {"11:45", "12:45", "Table discussion: questions for the speakers", Stage.DELIBERATE},
            {"13:30", "15:00", "Table discussion: what a safer borough looks like", Stage.DELIBERATE},
            {"15:15", "16:30", "Themes for the next weekends", Stage.OTHER}
        },
        {
            {"10:00", "11:30", "Lived experience: residents, young people and victims speak", Stage.LEARN},
            {"11:45", "13:00", "Table discussion: what we heard", Stage.DELIBERATE},
            {"14:00", "16:30", "Drafting recommendations by theme", Stage.DELIBERATE}
        },
        {
            {"10:00", "12:00", "Professional feedback on the drafts", Stage.LEARN},
            {"13:00", "16:30", "Amending and finalising recommendations", Stage.DELIBERATE}
        },
        {
            {"10:00", "12:00", "Voting on the recommendations", Stage.DECIDE},
            {"13:00", "15:00", "Minority statements and the report", Stage.DELIBERATE},
            {"15:00", "16:30", "Celebration and what happens next", Stage.OTHER}
        }
    };

    /** Invented speakers: name, organisation, perspective, the title their session starts with. */
    private static final String[][] SPEAKERS = {
        {"Dr Helen Achterberg", "University of East London, criminology", "EXPERT", "Evidence: policing"},
        {"Chief Inspector Mark Ellison", "Eastbrook Police", "INSTITUTION", "Evidence: stop and search"},
        {"Farah Siddiqui", "Eastbrook Victims' Voice", "ADVOCACY", "Evidence: stop and search"},
        {"Jordan Blake", "", "LIVED_EXPERIENCE", "Lived experience"},
        {"Grace Adebayo", "Youth Forum", "LIVED_EXPERIENCE", "Lived experience"},
        {"Councillor Ruth Kaye", "Eastbrook Borough Council", "INSTITUTION", "Professional feedback"}
    };

    /** What the demo team's people are responsible for, by role. */
    private static final Map<AssemblyRole, String> DUTIES = Map.of(
            AssemblyRole.ORGANISER,
            "Overall lead and first contact for the council and the police. Chairs the plenary sessions and the vote.",
            AssemblyRole.FACILITATOR,
            "Lead facilitator: table discussions, the check-in desk, and members' wellbeing during the day.",
            AssemblyRole.ADVISORY_BOARD,
            "Reviews the speakers and materials for balance before each weekend; observes the vote.",
            AssemblyRole.INSTITUTION_OFFICER,
            "Answers members' questions about policing between weekends and coordinates the police's response.",
            AssemblyRole.RECRUITER,
            "Confirmation calls to everyone the lottery selected, and calls to reserves when someone withdraws.");

    private final Programme programme;
    private final Speakers speakers;
    private final Team team;
    private final Responsibilities responsibilities;

    DemoProgramme(Programme programme, Speakers speakers, Team team, Responsibilities responsibilities) {
        this.programme = programme;
        this.speakers = speakers;
        this.team = team;
        this.responsibilities = responsibilities;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (!programme.sessions(organiser, assembly).isEmpty()) {
            return;
        }
        Map<SpeakerId, String> speakerIds = new LinkedHashMap<>();
        for (String[] speaker : SPEAKERS) {
            var id = speakers.add(
                    organiser,
                    assembly,
                    new SpeakerDetails(speaker[0], speaker[1], Perspective.valueOf(speaker[2]), "", true));
            speakerIds.put(id, speaker[3]);
        }
        var team = this.team.members(organiser, assembly);
        Map<Object, UserId> lead = new java.util.HashMap<>();
        team.stream()
                .filter(m -> m.role() == AssemblyRole.FACILITATOR)
                .findFirst()
                .ifPresent(m -> lead.put(Stage.DELIBERATE, m.userId()));
        team.stream()
                .filter(m -> m.role() == AssemblyRole.ORGANISER)
                .findFirst()
                .ifPresent(m -> {
                    lead.put(Stage.OTHER, m.userId());
                    lead.put(Stage.DECIDE, m.userId());
                });
        for (var member : team) {
            String duties = DUTIES.get(member.role());
            if (duties != null) {
                responsibilities.write(organiser, assembly, member.userId(), duties);
            }
        }
        var days = programme.days(assembly);
        for (int d = 0; d < days.size() && d < DAYS.length; d++) {
            for (Object[] session : DAYS[d]) {
                programme.add(
                        organiser,
                        assembly,
                        new SessionDetails(
                                days.get(d).date(),
                                LocalTime.parse((String) session[0]),
                                LocalTime.parse((String) session[1]),
                                (String) session[2],
                                HALL,
                                (Stage) session[3]),
                        new SessionPeople(speakersFor((String) session[2], speakerIds), lead.get(session[3])));
            }
        }
    }

    private static Set<SpeakerId> speakersFor(String title, Map<SpeakerId, String> speakerIds) {
        return speakerIds.entrySet().stream()
                .filter(e -> title.startsWith(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
