package org.minipublic.app.members;

import java.time.LocalDate;

/** One name on a day's check-in list, with what a facilitator needs to welcome them. */
public record CheckInRow(
        MemberId id, String name, String language, boolean interpreter, String accessNeeds, boolean present) {

    static CheckInRow of(MemberSummary member, LocalDate day) {
        return new CheckInRow(
                member.id(),
                member.name(),
                member.language(),
                member.interpreter(),
                member.accessNeeds(),
                member.attended(day));
    }

    @Override
    public String toString() {
        return "CheckInRow[" + id + ", present " + present + "]";
    }
}
