package org.minipublic.app.tables;

import java.util.List;

/** One table of a session: its number (from 1), whether it is accessible, its members and facilitators. */
public record TableSeats(int number, boolean accessible, List<SeatedMember> members, List<String> facilitators) {

    public TableSeats {
        members = List.copyOf(members);
        facilitators = List.copyOf(facilitators);
    }
}
