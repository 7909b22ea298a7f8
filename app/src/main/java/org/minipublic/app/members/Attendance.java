package org.minipublic.app.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance on the assembly's days (the days the assembly module holds, identified by their date): the check-in
 * list of a day, and checking someone in or undoing it. Setting a state rather than toggling it means two
 * facilitators tapping the same name agree instead of cancelling each other out.
 */
@Service
public class Attendance {

    private final AttendanceRecords records;
    private final MemberListing listing;
    private final MemberRecords members;
    private final MemberAccess access;
    private final Assemblies assemblies;
    private final AuditLog audit;
    private final Clock clock;

    Attendance(
            AttendanceRecords records,
            MemberListing listing,
            MemberRecords members,
            MemberAccess access,
            Assemblies assemblies,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.listing = listing;
        this.members = members;
        this.access = access;
        this.assemblies = assemblies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The days the assembly meets, in date order. */
    @Transactional(readOnly = true)
    public List<AssemblyDay> days(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .orElseThrow(() -> new AssemblyNotFoundException(assembly))
                .details()
                .days();
    }

    /** The day whose list to open first: today if the assembly meets today, else the next day, else the last. */
    public static LocalDate dayToOpen(List<AssemblyDay> days, LocalDate today) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the assembly has no days");
        }
        return days.stream()
                .map(AssemblyDay::date)
                .filter(date -> !date.isBefore(today))
                .findFirst()
                .orElse(days.get(days.size() - 1).date());
    }

    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @throws NotAnAssemblyDayException when the assembly does not meet on that date
     */
    @Transactional(readOnly = true)
    public CheckInSheet sheet(Actor actor, AssemblyId assembly, LocalDate date) {
        access.require(actor, assembly, Permission.CHECK_IN_MEMBERS);
        var days = days(assembly);
        var day = day(days, date);
        var rows = listing.all(assembly).stream()
                .filter(member -> member.expectedOn(date))
                .map(member -> CheckInRow.of(member, date))
                .toList();
        return new CheckInSheet(day, days.indexOf(day) + 1, rows, days);
    }

    /**
     * How many are checked in on a day, for answering a tap without reading the whole list.
     *
     * @throws NotAnAssemblyDayException when the assembly does not meet on that date
     */
    @Transactional(readOnly = true)
    public CheckInCount count(Actor actor, AssemblyId assembly, LocalDate date) {
        access.require(actor, assembly, Permission.CHECK_IN_MEMBERS);
        day(days(assembly), date);
        return records.count(assembly, date);
    }

    /**
     * Checks a member in on a day, or undoes it; doing what is already done changes nothing.
     *
     * @return the member's line on that day's list, as it now is
     * @throws InvalidInputException when the member had withdrawn by that day
     */
    @Transactional
    public CheckInRow mark(Actor actor, AssemblyId assembly, MemberId member, LocalDate date, boolean present) {
        access.require(actor, assembly, Permission.CHECK_IN_MEMBERS);
        day(days(assembly), date);
        var stored = members.find(assembly, member).orElseThrow(() -> new MemberNotFoundException(member));
        if (stored.withdrawal() != null && !stored.withdrawal().stillExpectedOn(date)) {
            throw new InvalidInputException("present", "members.check-in.withdrawn");
        }
        boolean changed =
                present ? records.checkIn(member, date, actor.userId(), clock.instant()) : records.undo(member, date);
        if (changed) {
            audit.record(AuditRecord.of(
                            actor,
                            assembly,
                            present ? "members.checked-in" : "members.check-in-undone",
                            "Member " + member)
                    .withChange(null, date.toString()));
        }
        var profile = stored.profile();
        return new CheckInRow(
                member, profile.name(), profile.language(), profile.interpreter(), profile.accessNeeds(), present);
    }

    private static AssemblyDay day(List<AssemblyDay> days, LocalDate date) {
        return days.stream()
                .filter(day -> day.date().equals(date))
                .findFirst()
                .orElseThrow(() -> new NotAnAssemblyDayException(date));
    }
}
