package org.minipublic.app.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.evidence.PublishedMaterial;
import org.minipublic.app.programme.ProgrammeSession;
import org.minipublic.app.surveys.MemberSurvey;

/**
 * A member's home page: whom it greets, the assembly's question, the programme day by day with their table, the
 * published materials (in the language asked for where translated), how many draft recommendations there are to read,
 * the members' surveys open now and the round of the members' verdict on the responses, while it is open.
 *
 * @param firstName the member's first name, to greet them
 * @param drafts how many drafts members can read (being worked on or final)
 * @param verdict the open round of the members' verdict, or null when none is open
 */
public record PortalHome(
        String firstName,
        String title,
        String question,
        List<Day> days,
        List<PublishedMaterial> materials,
        int drafts,
        List<MemberSurvey> surveys,
        @Nullable Verdict verdict) {

    public PortalHome {
        days = List.copyOf(days);
        materials = List.copyOf(materials);
        surveys = List.copyOf(surveys);
    }

    /** The open round of the members' verdict, with whether this member has given theirs. */
    public record Verdict(boolean given) {}

    /** One of the assembly's days with its sessions, in time order. */
    public record Day(AssemblyDay day, List<Session> sessions) {

        public Day {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session, with the member's table when the session has a table plan that seats them. */
    /**
     * @param seat the member's table, once organisers have shown the session's plan
     * @param tableComing whether the session has a plan members have not been shown yet
     */
    public record Session(ProgrammeSession session, @Nullable Seat seat, boolean tableComing) {}

    /** The member's table in a session: its number, whether it is accessible, and who facilitates it. */
    public record Seat(int table, boolean accessible, List<String> facilitators) {

        public Seat {
            facilitators = List.copyOf(facilitators);
        }
    }
}
